package org.caspian.query.ach;

import java.util.Locale;

/** Writes an {@link AchMatrix} as Markdown: the matrix table, the ranking, and the evidence list. */
public final class AchMarkdown {
  private AchMarkdown() {}

  /** The whole document. */
  public static String write(AchMatrix m) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Competing hypotheses: ").append(m.name()).append("\n\n");
    sb.append("## Hypotheses\n\n");
    for (Hypothesis h : m.hypotheses()) {
      sb.append("- **").append(h.id()).append("** ").append(cell(h.title()))
          .append(h.open() ? "" : " *(closed)*").append('\n');
    }
    sb.append("\n## Matrix\n\n| evidence | credibility | relevance |");
    for (Hypothesis h : m.hypotheses()) {
      sb.append(' ').append(h.id()).append(" |");
    }
    sb.append("\n|---|---|---|");
    m.hypotheses().forEach(h -> sb.append("---|"));
    sb.append('\n');
    for (Evidence e : m.evidence()) {
      sb.append("| ").append(e.id()).append(": ").append(cell(shorten(e.text(), 90)))
          .append(" | ").append(e.credibility().label()).append(" | ")
          .append(e.relevance().label()).append(" |");
      for (Hypothesis h : m.hypotheses()) {
        Consistency c = m.rating(e.id(), h.id());
        sb.append(' ').append(c == null ? "" : c.code()).append(" |");
      }
      sb.append('\n');
    }
    sb.append("\nCC very consistent, C consistent, N neutral, I inconsistent, II very "
        + "inconsistent, NA not applicable.\n\n## Inconsistency ranking (least inconsistent "
        + "first)\n\n| rank | hypothesis | inconsistent items | weighted score |\n|---|---|---|---|\n");
    int rank = 0;
    for (HypothesisScore s : m.ranking()) {
      sb.append("| ").append(++rank).append(" | ").append(s.hypothesis().id()).append(' ')
          .append(cell(s.hypothesis().title())).append(" | ").append(s.inconsistent())
          .append(" | ").append(String.format(Locale.ROOT, "%.2f", s.score())).append(" |\n");
    }
    sb.append("\nScore: for each item rated against the hypothesis, 1 for I and 2 for II, times "
        + "the credibility and relevance weights (low 0.5, medium 1, high 1.5).\n");
    if (!m.nonDiagnostic().isEmpty()) {
      sb.append("\nNot diagnostic (rated alike against every hypothesis): ")
          .append(String.join(", ", m.nonDiagnostic())).append(".\n");
    }
    sb.append("\n## Evidence\n\n");
    for (Evidence e : m.evidence()) {
      sb.append("- **").append(e.id()).append("** (").append(e.kind().label());
      if (!e.reference().isEmpty()) {
        sb.append(' ').append(e.reference());
      }
      sb.append(") ").append(e.text().replace('\n', ' ')).append('\n');
    }
    return sb.toString();
  }

  private static String shorten(String s, int max) {
    String t = s.replace('\n', ' ');
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }

  /** Escapes the characters that would break a table cell. */
  static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ');
  }
}
