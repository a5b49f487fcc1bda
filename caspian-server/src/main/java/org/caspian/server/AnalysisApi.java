package org.caspian.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caspian.query.DyadEvent;
import org.caspian.query.PageRequest;
import org.caspian.query.ResultPage;
import org.caspian.query.events.EventFilter;
import org.caspian.query.network.ActorNetwork;
import org.caspian.query.network.GexfWriter;
import org.caspian.query.workbench.DyadQuery;
import org.caspian.query.workbench.DyadTimeline;
import org.caspian.query.workbench.Workbench;

/**
 * The JSON routes of the analysis views: the dyad timeline and its buckets, stories told by each
 * side, the framing comparison and the actor network (also as GEXF).
 */
final class AnalysisApi {
  private final Workbench desk;

  AnalysisApi(Workbench desk) {
    this.desk = desk;
  }

  List<ApiRoute> routes() {
    return List.of(
        new ApiRoute("GET", "/api/dyad/timeline", "A dyad series on a true time axis (empty "
            + "periods as zero rows) with escalation markers", "reader",
            ViewParams.with(ViewParams.DYAD),
            Map.of(200, "{a, b, by, modalities, all, rule, from, to, rows[], markers[]}"), this::timeline),
        new ApiRoute("GET", "/api/dyad/bucket", "The events of one period of a dyad view, paged, "
            + "with the modality filter", "reader", ViewParams.with(ViewParams.DYAD,
                ApiParam.required("period", "string", "a period label (2025-06, 2025-W26, "
                    + "2025-06-27)"),
                ApiParam.query("page", "integer", "page number from 1 (default 1)"),
                ApiParam.query("size", "integer", "events per page, 1..100 (default 20)")),
            Map.of(200, "{a, b, by, period, page, size, total, pages, events[]}"), this::bucket),
        new ApiRoute("GET", "/api/stories", "The same event told by each outlet, with each "
            + "outlet's framing terms", "reader", ViewParams.with(ViewParams.EVENTS,
                ApiParam.query("window", "integer", "days an event may follow the story's first, "
                    + "0..31 (default 3)"),
                ApiParam.query("minOutlets", "integer", "fewest outlets a story has (default 2)"),
                ApiParam.query("limit", "integer", "most stories, 1..100 (default 20)")),
            Map.of(200, "{stories[]}"), this::stories),
        new ApiRoute("GET", "/api/framing", "Distinguishing terms of two outlets or two sides "
            + "(weighted log-odds, informative Dirichlet prior) with z-scores", "reader",
            List.of(ApiParam.required("a", "string", "first outlet (TASS) or side (RUS)"),
                ApiParam.required("b", "string", "second outlet or side"),
                ApiParam.query("by", "string", "outlet (default) or side"),
                ViewParams.FROM, ViewParams.TO,
                ApiParam.query("limit", "integer", "terms per group, 1..200 (default 25)")),
            Map.of(200, "{labelA, labelB, articlesA, articlesB, wordsA, wordsB, leaningA[], "
                + "leaningB[]}"), this::framing),
        new ApiRoute("GET", "/api/network", "Actors as nodes, events as edges by quad class, for "
            + "a period and a filter", "reader", ViewParams.with(ViewParams.EVENTS,
                ApiParam.query("format", "string", "json (default) or gexf")),
            Map.of(200, "{nodes[], edges[]}, or GEXF 1.3 with format=gexf"), this::network));
  }

  void timeline(Context ctx) throws IOException {
    DyadTimeline t = desk.timeline(ViewParams.dyad(new QueryParams(ctx)));
    ObjectNode o = dyadJson(t.query());
    o.put("rule", t.ruleText());
    if (!t.rows().isEmpty()) {
      o.put("from", t.query().by().first(t.rows().get(0).period()).toString());
      o.put("to", t.query().by().last(t.rows().get(t.rows().size() - 1).period()).toString());
    }
    o.set("rows", JsonOut.MAPPER.valueToTree(t.rows()));
    o.set("markers", JsonOut.MAPPER.valueToTree(t.markers()));
    JsonOut.send(ctx, 200, o);
  }

  void bucket(Context ctx) throws IOException {
    QueryParams p = new QueryParams(ctx);
    DyadQuery q = ViewParams.dyad(p);
    String period = p.required("period");
    ResultPage<DyadEvent> page = desk.bucket(q, period,
        new PageRequest(p.integer("page", 1), p.integer("size", 20)));
    ObjectNode o = dyadJson(q);
    o.put("period", period);
    o.put("page", page.page());
    o.put("size", page.size());
    o.put("total", page.total());
    o.put("pages", page.pages());
    o.set("events", JsonOut.MAPPER.valueToTree(page.items()));
    JsonOut.send(ctx, 200, o);
  }

  void stories(Context ctx) throws IOException {
    QueryParams p = new QueryParams(ctx);
    EventFilter f = ViewParams.events(p);
    ObjectNode o = JsonOut.object();
    o.set("stories", JsonOut.MAPPER.valueToTree(desk.stories(f, p.integer("window", 3),
        p.integer("minOutlets", 2), limit(p, "limit", 20, 100))));
    JsonOut.send(ctx, 200, o);
  }

  void framing(Context ctx) throws IOException {
    QueryParams p = new QueryParams(ctx);
    JsonOut.send(ctx, 200, desk.compare(sides(p), p.required("a"), p.required("b"),
        p.date("from"), p.date("to"), limit(p, "limit", 25, 200)));
  }

  void network(Context ctx) throws IOException {
    QueryParams p = new QueryParams(ctx);
    String format = p.text("format", "json").toLowerCase(Locale.ROOT);
    if (!format.equals("json") && !format.equals("gexf")) {
      throw new IllegalArgumentException("parameter format must be json or gexf, not: " + format);
    }
    ActorNetwork net = desk.network(ViewParams.events(p));
    if (format.equals("gexf")) {
      StringWriter w = new StringWriter();
      GexfWriter.write(net, w);
      ctx.contentType("application/gexf+xml; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"caspian-network.gexf\"");
      ctx.result(w.toString());
      return;
    }
    ObjectNode o = JsonOut.object();
    o.set("nodes", JsonOut.MAPPER.valueToTree(net.nodes()));
    o.set("edges", JsonOut.MAPPER.valueToTree(net.edges().stream().map(e -> Map.of(
        "id", e.id(), "source", e.source(), "target", e.target(), "quad", e.quad(),
        "events", e.events(), "goldsteinMean", e.goldsteinMean(), "color", e.color(),
        "eventKeys", e.eventKeys())).toList()));
    JsonOut.send(ctx, 200, o);
  }

  /** Whether a framing comparison is by side ({@code by=side}) rather than by outlet. */
  static boolean sides(QueryParams p) {
    String by = p.text("by", "outlet").toLowerCase(Locale.ROOT);
    if (!by.equals("outlet") && !by.equals("side")) {
      throw new IllegalArgumentException("parameter by must be outlet or side, not: " + by);
    }
    return by.equals("side");
  }

  static int limit(QueryParams p, String name, int fallback, int max) {
    int n = p.integer(name, fallback);
    if (n < 1 || n > max) {
      throw new IllegalArgumentException("parameter " + name + " must be 1.." + max + ", not: "
          + n);
    }
    return n;
  }

  private static ObjectNode dyadJson(DyadQuery q) {
    ObjectNode o = JsonOut.object();
    o.put("a", q.a());
    o.put("b", q.b());
    o.put("by", q.by().label());
    o.set("modalities", JsonOut.MAPPER.valueToTree(q.modalities()));
    o.put("all", q.all());
    return o;
  }
}
