package org.caspian.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.query.CorpusQueries;
import org.caspian.query.DyadEvent;
import org.caspian.query.SearchAnswer;
import org.caspian.query.SearchHit;
import org.caspian.query.SearchMode;
import org.caspian.query.alert.AlertHit;
import org.caspian.query.alert.AlertService;
import org.caspian.query.overview.OverviewService;
import org.caspian.query.workbench.Workbench;
import org.caspian.server.auth.AccessGuard;
import org.caspian.server.pages.ArticleMarkup;
import org.caspian.server.pages.ArticleView;
import org.caspian.server.pages.DyadView;
import org.caspian.server.pages.MessageView;
import org.caspian.server.pages.NavLink;
import org.caspian.server.pages.OverviewView;
import org.caspian.server.pages.PageFrame;

/** The server-rendered pages: overview, search, article reader, dyads, login, not found. */
final class PageRoutes {
  private final CorpusQueries queries;
  private final OverviewService overview;
  private final AccessGuard guard;
  private final Workbench desk;
  private final Templates templates = new Templates();

  PageRoutes(CorpusQueries queries, Workbench desk, AccessGuard guard) {
    this.queries = queries;
    this.desk = desk;
    this.overview = new OverviewService(queries);
    this.guard = guard;
  }

  /** The layout frame of a page (the header's note counts the articles). */
  PageFrame frame(String title, String page) throws IOException {
    return PageFrame.of(title, page, queries.articleCount() + " articles");
  }

  /** Answers with the template {@code name} rendered over {@code view}. */
  void render(Context ctx, int status, String name, Object view) {
    templates.send(ctx, status, name, view);
  }

  /** GET /. */
  void overview(Context ctx) throws IOException {
    int days = OverviewService.DEFAULT_DAYS;
    int saved = -1;
    List<AlertHit> hits = List.of();
    if (desk != null) {
      AlertService alerts = desk.alerts();
      saved = alerts.list().size();
      hits = alerts.history().stream().limit(5).toList();
    }
    templates.send(ctx, 200, "overview.jte", new OverviewView(frame("Overview", "overview"),
        overview.overview(null, days, 10), days, saved, hits));
  }

  /** GET /search: the same parameters as {@code /api/search}. */
  void search(Context ctx) throws IOException {
    SearchPageModel model = new SearchPageModel(ctx.queryParamMap());
    PageFrame frame = frame("Search", "search");
    boolean events = "events".equalsIgnoreCase(ctx.queryParam("mode"));
    SearchParams sp;
    try {
      sp = SearchParams.of(new QueryParams(ctx));
    } catch (IllegalArgumentException e) {
      templates.send(ctx, 400, "search.jte", model.failed(frame, events, e.getMessage()));
      return;
    }
    try {
      if (sp.mode() == SearchMode.EVENTS) {
        SearchAnswer<DyadEvent> a = queries.searchEvents(sp.request());
        templates.send(ctx, 200, "search.jte", model.answered(frame, true, null, a));
      } else {
        SearchAnswer<SearchHit> a = queries.searchArticles(sp.request());
        templates.send(ctx, 200, "search.jte", model.answered(frame, false, a, null));
      }
    } catch (IllegalArgumentException e) {
      templates.send(ctx, 400, "search.jte", model.failed(frame, events, e.getMessage()));
    }
  }

  /** GET /dyads: the dyad chart; {@code a}, {@code b}, {@code by} fill the form. */
  void dyads(Context ctx) throws IOException {
    QueryParams p = new QueryParams(ctx);
    String by = p.text("by", "month").toLowerCase(Locale.ROOT);
    List<NavLink> options = List.of("day", "week", "month").stream()
        .map(g -> new NavLink(g, g, g.equals(by))).toList();
    templates.send(ctx, 200, "dyads.jte", new DyadView(frame("Dyads", "dyads"),
        p.text("a", "RUS").toUpperCase(Locale.ROOT), p.text("b", "AZE").toUpperCase(Locale.ROOT),
        options));
  }

  /** GET /articles/{id}: the reader. */
  void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<AnalyzedArticle> found = queries.article(id);
    if (found.isEmpty()) {
      notFound(ctx, "No article with id " + id + ".");
      return;
    }
    AnalyzedArticle a = found.get();
    Article art = a.article();
    ArticleMarkup markup = new ArticleMarkup(a);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", art.id());
    data.put("text", art.text());
    boolean linkable = art.url().startsWith("https://") || art.url().startsWith("http://");
    String title = art.title().isEmpty() ? "Article" : art.title();
    templates.send(ctx, 200, "article.jte", new ArticleView(frame(title, "article"), art.id(),
        art.title(), art.source(), art.published() == null ? "" : art.published().toString(),
        a.language(), linkable ? art.url() : "", markup.html(), markup.actors(), markup.events(),
        markup.quotes(), markup.framing(), Html.scriptJson(json(data))));
  }

  /** A 404 page with {@code message}. */
  void notFound(Context ctx, String message) throws IOException {
    ctx.attribute(JsonOut.ANSWERED, Boolean.TRUE);
    templates.send(ctx, 404, "message.jte",
        new MessageView(frame("Not found", "missing"), "Not found", message, ""));
  }

  /** GET /login. */
  void loginForm(Context ctx) throws IOException {
    String message = guard.enabled() ? "This server asks for a token."
        : "This server is open: no token is needed.";
    templates.send(ctx, 200, "login.jte", new MessageView(frame("Sign in", "login"), "Sign in",
        message, safeNext(ctx.queryParam("next"))));
  }

  /** POST /login: checks the token and keeps it in a cookie for reading pages. */
  void login(Context ctx) throws IOException {
    String token = ctx.formParam("token");
    String next = safeNext(ctx.formParam("next"));
    if (token == null || guard.roleOf(token.trim()).isEmpty()) {
      templates.send(ctx, 401, "login.jte", new MessageView(frame("Sign in", "login"),
          "Sign in", "That token is not valid.", next));
      return;
    }
    ctx.header("Set-Cookie", AccessGuard.COOKIE + "=" + token.trim()
        + "; Path=/; HttpOnly; SameSite=Strict");
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  /** Only a local path: never another site ({@code //host} or {@code /\host}). */
  private static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//")
        || next.startsWith("/\\")) {
      return "/";
    }
    return next;
  }

  private static String json(Object value) {
    try {
      return JsonOut.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
