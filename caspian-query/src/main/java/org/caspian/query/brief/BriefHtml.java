package org.caspian.query.brief;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.caspian.query.events.EventRecord;
import org.caspian.query.framing.TermScore;
import org.caspian.query.network.QuadPalette;

/**
 * Writes a {@link Brief} as one self-contained HTML page: inline styles, the chart as a PNG data
 * URI (or inline SVG when no PNG is given), every text escaped.
 */
public final class BriefHtml {
  private BriefHtml() {}

  /**
   * The page.
   *
   * @param png the chart as PNG bytes, or null to inline {@code svg}
   * @param svg the chart as SVG, used when {@code png} is null
   */
  public static String write(Brief b, byte[] png, String svg) {
    StringBuilder sb = new StringBuilder();
    String title = "Brief: " + b.a() + "–" + b.b() + ", " + b.from() + " to " + b.to();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title)).append("</title><style>body{font-family:sans-serif;max-width:60em;"
        + "margin:2em auto;color:#222;line-height:1.45}h1{font-size:1.5em}h2{font-size:1.15em;"
        + "border-bottom:1px solid #ddd;padding-bottom:.2em}table{border-collapse:collapse}"
        + "td,th{border:1px solid #ddd;padding:.25em .6em;text-align:left}blockquote{margin:.6em "
        + "0;padding-left:1em;border-left:3px solid #bbb}.q{display:inline-block;width:.8em;"
        + "height:.8em;margin-right:.3em}.meta{color:#666}</style></head><body>\n");
    sb.append("<h1>").append(esc(title)).append("</h1>\n<p>").append(esc(BriefMarkdown.summary(b)))
        .append("</p>\n<h2>Events by ").append(b.by().label()).append("</h2>\n");
    if (png != null) {
      sb.append("<img alt=\"dyad chart\" width=\"").append(DyadChart.WIDTH).append("\" src=\""
          + "data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
          .append("\">\n");
    } else {
      sb.append(svg).append('\n');
    }
    sb.append("<h2>Key events</h2>\n<ul>\n");
    for (EventRecord e : b.keyEvents()) {
      sb.append("<li><span class=\"q\" style=\"background:").append(QuadPalette.hex(e.quad()))
          .append("\"></span><b>").append(e.date()).append("</b> ").append(esc(e.sourceCode()))
          .append(" → ").append(esc(e.targetCode())).append(", CAMEO ").append(esc(e.cameo()))
          .append(String.format(Locale.ROOT, " (Goldstein %+.1f), <i>", e.goldstein()))
          .append(esc(e.outlet())).append("</i>: “").append(esc(e.sentence())).append("” ")
          .append(link(e.articleId(), e.url())).append("</li>\n");
    }
    sb.append("</ul>\n<h2>Top quotes</h2>\n");
    for (BriefQuote q : b.quotes()) {
      sb.append("<blockquote>").append(q.direct() ? "“" : "").append(esc(q.text()))
          .append(q.direct() ? "”" : "").append("<br><span class=\"meta\">— ")
          .append(esc(q.speaker().isEmpty() ? q.speakerCode() : q.speaker())).append(" (")
          .append(esc(q.speakerCode())).append("), ").append(esc(q.outlet())).append(", ")
          .append(q.published() == null ? "undated" : q.published().toString())
          .append(q.direct() ? "" : ", reported").append("</span></blockquote>\n");
    }
    if (b.quotes().isEmpty()) {
      sb.append("<p>No quote by either side's actors in these articles.</p>\n");
    }
    var f = b.framing();
    sb.append("<h2>Framing: words that set each side's outlets apart</h2>\n<p class=\"meta\">")
        .append(esc(String.format(Locale.ROOT, "%s: %d articles; %s: %d articles. Weighted "
            + "log-odds, informative Dirichlet prior; z-scores.", f.labelA(), f.articlesA(),
            f.labelB(), f.articlesB()))).append("</p>\n<table><tr><th>").append(esc(f.labelA()))
        .append("</th><th>").append(esc(f.labelB())).append("</th></tr>\n");
    int rows = Math.max(f.leaningA().size(), f.leaningB().size());
    for (int i = 0; i < rows; i++) {
      sb.append("<tr><td>").append(term(f.leaningA(), i)).append("</td><td>")
          .append(term(f.leaningB(), i)).append("</td></tr>\n");
    }
    sb.append("</table>\n<h2>Open hypotheses</h2>\n");
    if (b.hypotheses().isEmpty()) {
      sb.append("<p>No open hypothesis in the ACH matrices.</p>\n");
    } else {
      sb.append("<table><tr><th>matrix</th><th>hypothesis</th><th>rank</th><th>inconsistent"
          + "</th><th>score</th></tr>\n");
      for (BriefHypothesis h : b.hypotheses()) {
        sb.append("<tr><td>").append(esc(h.matrix())).append("</td><td>").append(esc(h.id()))
            .append(' ').append(esc(h.title())).append("</td><td>").append(h.rank()).append(" of ")
            .append(h.of()).append("</td><td>").append(h.inconsistent()).append("</td><td>")
            .append(String.format(Locale.ROOT, "%.2f", h.score())).append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  private static String term(List<TermScore> terms, int i) {
    if (i >= terms.size()) {
      return "";
    }
    TermScore t = terms.get(i);
    return esc(t.term()) + String.format(Locale.ROOT, " <span class=\"meta\">(%.2f)</span>", t.z());
  }

  private static String link(String id, String url) {
    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
      return "<span class=\"meta\">(" + esc(id) + ")</span>";
    }
    return "<a href=\"" + esc(url) + "\">" + esc(id) + "</a>";
  }

  static String esc(String s) {
    return DyadChart.esc(s).replace("'", "&#39;");
  }
}
