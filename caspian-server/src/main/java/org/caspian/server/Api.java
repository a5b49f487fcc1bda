package org.caspian.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caspian.model.AnalyzedArticle;
import org.caspian.query.DyadCsv;
import org.caspian.query.DyadEvent;
import org.caspian.query.DyadRow;
import org.caspian.query.DyadService;
import org.caspian.query.Granularity;
import org.caspian.query.SearchService;
import org.caspian.store.ArticleStore;
import org.caspian.store.json.ArticleJson;

/**
 * The JSON API. Every answer is a JSON object; failures are {@code {"error": "..."}} with 400 for
 * bad parameters and 404 for unknown articles and paths.
 */
final class Api {
  static final int DEFAULT_LIMIT = 20;
  /** Request attribute set once a handler has written its own error answer. */
  static final String ANSWERED = "caspian.answered";
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final ArticleStore store;
  private final SearchService search;
  private final DyadService dyads;
  private final ArticleJson articleJson = new ArticleJson();

  Api(ArticleStore store, SearchService search, DyadService dyads) {
    this.store = store;
    this.search = search;
    this.dyads = dyads;
  }

  /** GET /api/health. */
  void health(Context ctx) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("status", "ok");
    o.put("articles", store.count());
    send(ctx, 200, o);
  }

  /**
   * GET /api/search?q=&amp;limit=&amp;actor=. {@code actor}: only articles mentioning that actor,
   * named in any language or by code ("Пашинян", "Paşinyan", "ARMGOV").
   */
  void search(Context ctx) throws IOException {
    int limit = intParam(ctx, "limit", DEFAULT_LIMIT);
    String actor = ctx.queryParam("actor");
    send(ctx, 200, search.search(ctx.queryParam("q"),
        actor == null || actor.isBlank() ? null : actor, limit));
  }

  /** GET /api/dyad?a=&amp;b=&amp;by=&amp;all=&amp;format=json|csv. */
  void dyad(Context ctx) throws IOException {
    DyadParams p = DyadParams.of(ctx);
    List<DyadRow> rows = dyads.series(p.a, p.b, p.by, p.all);
    String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
    if (format.equalsIgnoreCase("csv")) {
      ctx.contentType("text/csv; charset=utf-8");
      ctx.result(DyadCsv.toCsv(rows));
      return;
    }
    if (!format.equalsIgnoreCase("json")) {
      throw new IllegalArgumentException("format must be json or csv, not: " + format);
    }
    ObjectNode o = p.toJson();
    o.set("rows", MAPPER.valueToTree(rows));
    send(ctx, 200, o);
  }

  /** GET /api/dyad/events?a=&amp;b=&amp;by=&amp;period=&amp;all=. */
  void dyadEvents(Context ctx) throws IOException {
    DyadParams p = DyadParams.of(ctx);
    String period = ctx.queryParam("period");
    if (period == null || period.isBlank()) {
      throw new IllegalArgumentException("parameter period is required");
    }
    List<DyadEvent> events = dyads.events(p.a, p.b, period.trim(), p.by, p.all);
    ObjectNode o = p.toJson();
    o.put("period", period.trim());
    o.put("limit", DyadService.MAX_EVENTS);
    o.set("events", MAPPER.valueToTree(events));
    send(ctx, 200, o);
  }

  /** GET /api/articles/{id}. */
  void article(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<AnalyzedArticle> a = store.get(id);
    if (a.isEmpty()) {
      error(ctx, 404, "no article with id " + id);
      return;
    }
    send(ctx, 200, articleJson.toTree(a.get(), true));
  }

  /** Writes {@code {"error": message}} with the given status. */
  static void error(Context ctx, int status, String message) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ObjectNode o = MAPPER.createObjectNode();
    o.put("error", message == null ? "error" : message);
    send(ctx, status, o);
  }

  static void send(Context ctx, int status, Object body) {
    try {
      ctx.status(status);
      ctx.contentType("application/json; charset=utf-8");
      ctx.result(MAPPER.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** JSON text for embedding in a page. */
  static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("parameter " + name + " must be a number, not: " + v);
    }
  }

  /** The parameters shared by both dyad routes. */
  private static final class DyadParams {
    final String a;
    final String b;
    final Granularity by;
    final boolean all;

    private DyadParams(String a, String b, Granularity by, boolean all) {
      this.a = a;
      this.b = b;
      this.by = by;
      this.all = all;
    }

    static DyadParams of(Context ctx) {
      String a = required(ctx, "a");
      String b = required(ctx, "b");
      String by = ctx.queryParam("by");
      Granularity g = by == null || by.isBlank() ? Granularity.MONTH : Granularity.parse(by);
      return new DyadParams(a, b, g, bool(ctx, "all"));
    }

    ObjectNode toJson() {
      ObjectNode o = MAPPER.createObjectNode();
      o.put("a", a);
      o.put("b", b);
      o.put("by", by.label());
      o.put("all", all);
      return o;
    }

    private static String required(Context ctx, String name) {
      String v = ctx.queryParam(name);
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException("parameter " + name + " is required");
      }
      return v.trim().toUpperCase(Locale.ROOT);
    }

    private static boolean bool(Context ctx, String name) {
      String v = ctx.queryParam(name);
      if (v == null || v.isBlank() || v.equals("false") || v.equals("0")) {
        return false;
      }
      if (v.equals("true") || v.equals("1") || v.equals("on")) {
        return true;
      }
      throw new IllegalArgumentException("parameter " + name + " must be true or false, not: " + v);
    }
  }
}
