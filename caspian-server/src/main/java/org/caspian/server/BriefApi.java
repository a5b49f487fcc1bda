package org.caspian.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caspian.query.brief.Brief;
import org.caspian.query.brief.BriefHtml;
import org.caspian.query.brief.BriefMarkdown;
import org.caspian.query.brief.DyadChart;
import org.caspian.query.workbench.Workbench;

/** The brief on a dyad and a period, as Markdown or as a standalone HTML page. */
final class BriefApi {
  private final Workbench desk;

  BriefApi(Workbench desk) {
    this.desk = desk;
  }

  List<ApiRoute> routes() {
    return List.of(new ApiRoute("GET", "/api/brief", "A brief on a dyad and a period: key "
        + "events, the chart, top quotes, framing differences, open hypotheses", "reader",
        List.of(ViewParams.A, ViewParams.B,
            ApiParam.date("from", "first day, inclusive (required)"),
            ApiParam.date("to", "last day, inclusive (required)"),
            ApiParam.query("format", "string", "md (default, text/markdown) or html")),
        Map.of(200, "the brief as Markdown (chart as inline SVG) or HTML"), this::brief));
  }

  void brief(Context ctx) throws IOException {
    QueryParams p = new QueryParams(ctx);
    String format = p.text("format", "md").toLowerCase(Locale.ROOT);
    if (!format.equals("md") && !format.equals("html")) {
      throw new IllegalArgumentException("parameter format must be md or html, not: " + format);
    }
    String a = p.required("a");
    String b = p.required("b");
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    if (from == null || to == null) {
      throw new IllegalArgumentException("parameters from and to are required");
    }
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("parameter from (" + from + ") is after to (" + to
          + ")");
    }
    Brief brief = desk.brief(a, b, from, to);
    Set<String> marked = new HashSet<>();
    brief.escalations().forEach(m -> marked.add(m.period()));
    DyadChart chart = new DyadChart(brief.a() + "–" + brief.b() + ": events per "
        + brief.by().label(), brief.series(), marked);
    if (format.equals("html")) {
      ctx.html(BriefHtml.write(brief, chart.png(), chart.svg()));
    } else {
      ctx.contentType("text/markdown; charset=utf-8");
      ctx.result(BriefMarkdown.write(brief, chart.svg()));
    }
  }
}
