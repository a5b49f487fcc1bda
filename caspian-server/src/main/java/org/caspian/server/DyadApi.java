package org.caspian.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caspian.query.CorpusQueries;
import org.caspian.query.DyadCsv;
import org.caspian.query.DyadEvent;
import org.caspian.query.DyadRow;
import org.caspian.query.Granularity;
import org.caspian.query.PageRequest;
import org.caspian.query.ResultPage;

/** The JSON routes of dyad series and the events behind a bucket. */
final class DyadApi {
  private static final List<ApiParam> DYAD = List.of(
      ApiParam.required("a", "string", "first actor: country (RUS) or code (RUSGOV)"),
      ApiParam.required("b", "string", "second actor"),
      ApiParam.query("by", "string", "day, week or month (default month)"),
      ApiParam.query("all", "boolean", "count negated, planned and hypothetical events too"));

  private final CorpusQueries queries;

  DyadApi(CorpusQueries queries) {
    this.queries = queries;
  }

  List<ApiRoute> routes() {
    List<ApiParam> series = new ArrayList<>(DYAD);
    series.add(ApiParam.query("format", "string", "json (default) or csv"));
    List<ApiParam> events = new ArrayList<>(DYAD);
    events.add(ApiParam.required("period", "string", "a period label of the series (2025-06, "
        + "2025-W26, 2025-06-27)"));
    events.add(ApiParam.query("page", "integer", "page number from 1 (default 1)"));
    events.add(ApiParam.query("size", "integer", "events per page, 1..100 (default 100)"));
    return List.of(
        new ApiRoute("GET", "/api/dyad", "Event counts by period for two actors", "reader",
            series, Map.of(200, "{a, b, by, all, rows[]}, or CSV with format=csv"), this::dyad),
        new ApiRoute("GET", "/api/dyad/events", "The events of one period of a dyad, paged",
            "reader", events, Map.of(200, "{a, b, by, all, period, page, size, total, pages, "
                + "events[]}"), this::dyadEvents));
  }

  void dyad(Context ctx) throws IOException {
    QueryParams p = new QueryParams(ctx);
    Params d = Params.of(p);
    String format = p.text("format", "json");
    if (!format.equalsIgnoreCase("json") && !format.equalsIgnoreCase("csv")) {
      throw new IllegalArgumentException("parameter format must be json or csv, not: " + format);
    }
    List<DyadRow> rows = queries.dyadSeries(d.a, d.b, d.by, d.all);
    if (format.equalsIgnoreCase("csv")) {
      ctx.contentType("text/csv; charset=utf-8");
      ctx.result(DyadCsv.toCsv(rows));
      return;
    }
    ObjectNode o = d.toJson();
    o.set("rows", JsonOut.MAPPER.valueToTree(rows));
    JsonOut.send(ctx, 200, o);
  }

  void dyadEvents(Context ctx) throws IOException {
    QueryParams p = new QueryParams(ctx);
    Params d = Params.of(p);
    String period = p.required("period");
    PageRequest page = new PageRequest(p.integer("page", 1),
        p.integer("size", PageRequest.MAX_SIZE));
    ResultPage<DyadEvent> events = queries.dyadEvents(d.a, d.b, period, d.by, d.all, page);
    ObjectNode o = d.toJson();
    o.put("period", period);
    o.put("page", events.page());
    o.put("size", events.size());
    o.put("limit", events.size());
    o.put("total", events.total());
    o.put("pages", events.pages());
    o.set("events", JsonOut.MAPPER.valueToTree(events.items()));
    JsonOut.send(ctx, 200, o);
  }

  /** The parameters both routes share. */
  private record Params(String a, String b, Granularity by, boolean all) {
    static Params of(QueryParams p) {
      String a = p.required("a").toUpperCase(Locale.ROOT);
      String b = p.required("b").toUpperCase(Locale.ROOT);
      String by = p.text("by", null);
      Granularity g = by == null ? Granularity.MONTH : Granularity.parse(by);
      return new Params(a, b, g, p.bool("all"));
    }

    ObjectNode toJson() {
      ObjectNode o = JsonOut.object();
      o.put("a", a);
      o.put("b", b);
      o.put("by", by.label());
      o.put("all", all);
      return o;
    }
  }
}
