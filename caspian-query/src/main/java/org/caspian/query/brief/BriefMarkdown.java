package org.caspian.query.brief;

import java.util.List;
import java.util.Locale;
import org.caspian.query.events.EventRecord;
import org.caspian.query.framing.TermScore;
import org.caspian.query.network.QuadPalette;
import org.caspian.query.series.EscalationMarker;

/** Writes a {@link Brief} as Markdown. */
public final class BriefMarkdown {
  private BriefMarkdown() {}

  /**
   * The brief as Markdown.
   *
   * @param chart what stands for the chart: an image link to a PNG file
   *     ({@code ![chart](file.png)}) or an inline SVG element
   */
  public static String write(Brief b, String chart) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Brief: ").append(b.a()).append("–").append(b.b()).append(", ").append(b.from())
        .append(" to ").append(b.to()).append("\n\n");
    sb.append(summary(b)).append("\n\n");
    sb.append("## Events by ").append(b.by().label()).append("\n\n").append(chart).append("\n\n");
    sb.append("## Key events\n\n");
    if (b.keyEvents().isEmpty()) {
      sb.append("No asserted event in the range.\n");
    }
    for (EventRecord e : b.keyEvents()) {
      sb.append("- **").append(e.date()).append("** ").append(e.sourceCode()).append(" → ")
          .append(e.targetCode()).append(", CAMEO ").append(e.cameo()).append(" (")
          .append(QuadPalette.name(e.quad())).append(", Goldstein ")
          .append(String.format(Locale.ROOT, "%+.1f", e.goldstein())).append("), *")
          .append(inline(e.outlet())).append("*: “").append(inline(e.sentence())).append("” ")
          .append(link(e.articleId(), e.url())).append('\n');
    }
    sb.append("\n## Top quotes\n\n");
    if (b.quotes().isEmpty()) {
      sb.append("No quote by either side's actors in these articles.\n");
    }
    for (BriefQuote q : b.quotes()) {
      sb.append("> ").append(q.direct() ? "“" : "").append(inline(q.text()))
          .append(q.direct() ? "”" : "").append("\n>\n> — ")
          .append(inline(q.speaker().isEmpty() ? q.speakerCode() : q.speaker()))
          .append(" (").append(q.speakerCode()).append("), *").append(inline(q.outlet()))
          .append("*, ").append(q.published() == null ? "undated" : q.published().toString())
          .append(", ").append(q.articleId()).append(q.direct() ? "" : " (reported)")
          .append("\n\n");
    }
    sb.append("\n## Framing: words that set each side's outlets apart\n\n");
    var f = b.framing();
    sb.append(String.format(Locale.ROOT, "%s: %d articles, %d words; %s: %d articles, %d words. "
        + "Weighted log-odds with an informative Dirichlet prior; z-scores in brackets.%n%n",
        f.labelA(), f.articlesA(), f.wordsA(), f.labelB(), f.articlesB(), f.wordsB()));
    int rows = Math.max(f.leaningA().size(), f.leaningB().size());
    if (rows > 0) {
      sb.append("| ").append(f.labelA()).append(" | ").append(f.labelB())
          .append(" |\n|---|---|\n");
    }
    for (int i = 0; i < rows; i++) {
      sb.append("| ").append(term(f.leaningA(), i)).append(" | ").append(term(f.leaningB(), i))
          .append(" |\n");
    }
    sb.append("\n## Open hypotheses\n\n");
    if (b.hypotheses().isEmpty()) {
      sb.append("No open hypothesis in the ACH matrices.\n");
    } else {
      sb.append("| matrix | hypothesis | rank | inconsistent items | score |\n"
          + "|---|---|---|---|---|\n");
      for (BriefHypothesis h : b.hypotheses()) {
        sb.append("| ").append(h.matrix()).append(" | ").append(h.id()).append(' ')
            .append(cell(h.title())).append(" | ").append(h.rank()).append(" of ").append(h.of())
            .append(" | ").append(h.inconsistent()).append(" | ")
            .append(String.format(Locale.ROOT, "%.2f", h.score())).append(" |\n");
      }
    }
    return sb.toString();
  }

  /** The summary paragraph, shared with the HTML form. */
  static String summary(Brief b) {
    int[] q = b.quads();
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d asserted events: %d "
        + "verbal cooperation, %d material cooperation, %d verbal conflict, %d material conflict; "
        + "Goldstein mean %.2f.", b.events(), q[0], q[1], q[2], q[3], b.goldsteinMean()));
    if (b.escalations().isEmpty()) {
      sb.append(" No escalation marked.");
    } else {
      sb.append(" Escalation marked in ");
      List<EscalationMarker> m = b.escalations();
      for (int i = 0; i < m.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT,
            "%s (%d conflict events, z %.1f)", m.get(i).period(), m.get(i).conflicts(),
            m.get(i).z()));
      }
      sb.append('.');
    }
    return sb.toString();
  }

  private static String term(List<TermScore> terms, int i) {
    if (i >= terms.size()) {
      return "";
    }
    TermScore t = terms.get(i);
    return cell(t.term()) + String.format(Locale.ROOT, " (%.2f)", t.z());
  }

  private static String link(String id, String url) {
    return url == null || url.isBlank() ? "(" + id + ")" : "([" + id + "](" + url + "))";
  }

  private static String inline(String s) {
    return s.replace('\n', ' ').replace("*", "\\*").replace("_", "\\_");
  }

  private static String cell(String s) {
    return inline(s).replace("|", "\\|");
  }
}
