package org.caspian.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caspian.query.Granularity;
import org.caspian.query.alert.AlertHit;
import org.caspian.query.alert.AlertService;
import org.caspian.query.alert.AtomFeedWriter;
import org.caspian.query.alert.SavedAlert;
import org.caspian.query.workbench.Workbench;

/** Saved query and escalation alerts over HTTP: list, create, delete, check, JSON and Atom. */
final class AlertApi {
  private final Workbench desk;

  AlertApi(Workbench desk) {
    this.desk = desk;
  }

  List<ApiRoute> routes() {
    return List.of(
        new ApiRoute("GET", "/api/alerts", "The saved alerts and their recorded hits, newest "
            + "first", "reader", List.of(), Map.of(200, "{alerts[], hits[]}"), this::list),
        new ApiRoute("POST", "/api/alerts", "Save a query alert or a dyad escalation alert "
            + "(admin)", "admin", List.of(
                ApiParam.required("kind", "string", "query or escalation"),
                ApiParam.query("name", "string", "a label for the feed"),
                ApiParam.query("query", "string", "kind=query: Lucene query over titles and texts"),
                ApiParam.query("a", "string", "kind=escalation: first actor"),
                ApiParam.query("b", "string", "kind=escalation: second actor"),
                ApiParam.query("by", "string", "kind=escalation: day, week or month (default "
                    + "week)"),
                ApiParam.query("includeExisting", "boolean", "also report what already matches")),
            Map.of(201, "the saved alert {id, kind, name, query, dyadA, dyadB, granularity}"),
            this::create),
        new ApiRoute("DELETE", "/api/alerts/{id}", "Delete a saved alert (admin)", "admin",
            List.of(ApiParam.path("id", "alert id (A1)")),
            Map.of(200, "{removed}", 404, "no alert with this id"), this::delete),
        new ApiRoute("POST", "/api/alerts/check", "Run every alert against the index now "
            + "(admin)", "admin", List.of(), Map.of(200, "{hits[]}: what no check reported before"),
            this::check),
        new ApiRoute("GET", "/api/alerts/feed", "The recorded hits as an Atom feed", "reader",
            List.of(), Map.of(200, "Atom 1.0 (application/atom+xml)"), this::feed));
  }

  void list(Context ctx) throws IOException {
    AlertService s = desk.alerts();
    ObjectNode o = JsonOut.object();
    o.set("alerts", JsonOut.MAPPER.valueToTree(s.list()));
    o.set("hits", JsonOut.MAPPER.valueToTree(s.history()));
    JsonOut.send(ctx, 200, o);
  }

  void create(Context ctx) throws IOException {
    QueryParams p = new QueryParams(ctx);
    String kind = p.required("kind").toLowerCase(Locale.ROOT);
    boolean existing = p.bool("includeExisting");
    String name = p.text("name", null);
    SavedAlert a;
    if (kind.equals("query")) {
      a = desk.alerts().addQuery(name, p.required("query"), existing);
    } else if (kind.equals("escalation")) {
      String by = p.text("by", "week");
      a = desk.alerts().addEscalation(name, p.required("a"), p.required("b"),
          Granularity.parse(by), existing);
    } else {
      throw new IllegalArgumentException("parameter kind must be query or escalation, not: "
          + kind);
    }
    JsonOut.send(ctx, 201, a);
  }

  void delete(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    AlertService s = desk.alerts();
    if (s.list().stream().noneMatch(a -> a.id().equals(id))) {
      JsonOut.error(ctx, 404, "no alert with id " + id);
      return;
    }
    s.remove(id);
    ObjectNode o = JsonOut.object();
    o.put("removed", id);
    JsonOut.send(ctx, 200, o);
  }

  void check(Context ctx) throws IOException {
    List<AlertHit> hits = desk.alerts().check();
    ObjectNode o = JsonOut.object();
    o.set("hits", JsonOut.MAPPER.valueToTree(hits));
    JsonOut.send(ctx, 200, o);
  }

  void feed(Context ctx) throws IOException {
    StringWriter w = new StringWriter();
    AtomFeedWriter.write(desk.alerts().history(), "Caspian alerts", Instant.now(), w);
    ctx.contentType("application/atom+xml; charset=utf-8");
    ctx.result(w.toString());
  }
}
