package org.caspian.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caspian.query.ach.AchService;
import org.caspian.query.alert.AlertService;
import org.caspian.query.framing.FramingComparison;
import org.caspian.query.story.StoryGroup;
import org.caspian.query.workbench.Workbench;
import org.caspian.server.pages.AchView;
import org.caspian.server.pages.AlertsView;
import org.caspian.server.pages.CompareView;
import org.caspian.server.pages.FormValues;
import org.caspian.server.pages.Links;
import org.caspian.server.pages.MessageView;
import org.caspian.server.pages.NetworkView;
import org.caspian.server.pages.StoriesView;

/**
 * The analysis pages: same event each side, framing comparison, actor network, alerts and ACH.
 * They read through the {@link Workbench}; without one they say so. Writes go through the JSON
 * API from the pages' scripts.
 */
final class ViewPages {
  private static final List<String> STORY_FORM = List.of("a", "b", "actor", "from", "to",
      "window", "minOutlets", "all");
  private static final List<String> COMPARE_FORM = List.of("a", "b", "by", "from", "to",
      "limit");
  private static final List<String> NETWORK_FORM = List.of("a", "b", "actor", "from", "to",
      "all");

  private final PageRoutes pages;
  private final Workbench desk;

  ViewPages(PageRoutes pages, Workbench desk) {
    this.pages = pages;
    this.desk = desk;
  }

  /** GET /stories. */
  void stories(Context ctx) throws IOException {
    if (missing(ctx, "Same event")) {
      return;
    }
    FormValues form = form(ctx, STORY_FORM);
    List<StoryGroup> found = List.of();
    String error = "";
    int status = 200;
    try {
      QueryParams p = new QueryParams(ctx);
      found = desk.stories(ViewParams.events(p), p.integer("window", 3),
          p.integer("minOutlets", 2), AnalysisApi.limit(p, "limit", 20, 100));
    } catch (IllegalArgumentException e) {
      error = e.getMessage();
      status = 400;
    }
    pages.render(ctx, status, "stories.jte",
        new StoriesView(pages.frame("Same event, each side", "stories"), form, found, error));
  }

  /** GET /compare. */
  void compare(Context ctx) throws IOException {
    if (missing(ctx, "Compare")) {
      return;
    }
    FormValues form = form(ctx, COMPARE_FORM);
    FramingComparison result = null;
    String error = "";
    int status = 200;
    if (!form.v("a").isEmpty() || !form.v("b").isEmpty()) {
      try {
        QueryParams p = new QueryParams(ctx);
        result = desk.compare(AnalysisApi.sides(p), p.required("a"), p.required("b"),
            p.date("from"), p.date("to"), AnalysisApi.limit(p, "limit", 20, 200));
      } catch (IllegalArgumentException e) {
        error = e.getMessage();
        status = 400;
      }
    }
    pages.render(ctx, status, "compare.jte",
        new CompareView(pages.frame("Compare outlets", "compare"), form, result, error));
  }

  /** GET /network. */
  void network(Context ctx) throws IOException {
    if (missing(ctx, "Network")) {
      return;
    }
    FormValues form = form(ctx, NETWORK_FORM);
    String query = form.values().entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .map(e -> e.getKey() + "=" + Links.encode(e.getValue()))
        .sorted()
        .collect(Collectors.joining("&"));
    pages.render(ctx, 200, "network.jte",
        new NetworkView(pages.frame("Actor network", "network"), form, query));
  }

  /** GET /alerts. */
  void alerts(Context ctx) throws IOException {
    if (missing(ctx, "Alerts")) {
      return;
    }
    AlertService s = desk.alerts();
    pages.render(ctx, 200, "alerts.jte",
        new AlertsView(pages.frame("Alerts", "alerts"), s.list(), s.history()));
  }

  /** GET /ach: the matrices, and the one named by {@code matrix}. */
  void ach(Context ctx) throws IOException {
    if (missing(ctx, "Hypotheses")) {
      return;
    }
    AchService s = desk.ach();
    String name = ctx.queryParam("matrix");
    List<String> names = s.matrices();
    if (name != null && !name.isBlank() && !names.contains(name)) {
      pages.notFound(ctx, "No ACH matrix named " + name + ".");
      return;
    }
    pages.render(ctx, 200, "ach.jte", new AchView(pages.frame("Competing hypotheses", "ach"),
        names, name == null || name.isBlank() ? null : s.matrix(name)));
  }

  private boolean missing(Context ctx, String title) throws IOException {
    if (desk != null) {
      return false;
    }
    ctx.attribute(JsonOut.ANSWERED, Boolean.TRUE);
    pages.render(ctx, 404, "message.jte", new MessageView(pages.frame(title, "missing"), title,
        "This server was started without a workspace, so the analysis views are off.", ""));
    return true;
  }

  private static FormValues form(Context ctx, List<String> names) {
    Map<String, String> v = new LinkedHashMap<>();
    for (String n : names) {
      String x = ctx.queryParam(n);
      v.put(n, x == null ? "" : x.trim());
    }
    return new FormValues(v);
  }
}
