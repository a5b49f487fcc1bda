package org.caspian.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.caspian.query.CorpusQueries;
import org.caspian.query.LuceneCorpusQueries;
import org.caspian.query.workbench.Workbench;
import org.caspian.server.auth.AccessDenied;
import org.caspian.server.auth.AccessGuard;
import org.caspian.server.auth.AuthSettings;
import org.caspian.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Caspian HTTP server: the JSON API under {@code /api}, its description at {@code
 * /openapi.json}, and the pages (overview {@code /}, {@code /search}, {@code /articles/{id}},
 * {@code /dyads}, and with a {@link Workbench} the analysis views {@code /stories}, {@code /compare},
 * {@code /network}, {@code /alerts}, {@code /ach}). It reads the corpus only through {@link
 * CorpusQueries} and {@link Workbench}.
 *
 * <pre>{@code
 * try (CaspianServer server = CaspianServer.start(queries, "127.0.0.1", 0, AuthSettings.OFF)) {
 *   System.out.println(server.url());
 * }
 * }</pre>
 *
 * <p>Without auth the server listens on loopback only and everything is open; a non-loopback
 * address is refused unless auth is on (see {@link AccessGuard}). The server does not own the
 * store: closing it leaves the store open.
 */
public final class CaspianServer implements AutoCloseable {
  /** Where the server listens unless told otherwise: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  private static final Logger LOG = LoggerFactory.getLogger(CaspianServer.class);

  private final Javalin app;
  private final String host;
  private final List<ApiRoute> api;

  private CaspianServer(Javalin app, String host, List<ApiRoute> api) {
    this.app = app;
    this.host = host;
    this.api = api;
  }

  /**
   * Serves {@code store} on {@code host:port} with auth off.
   *
   * @throws IllegalArgumentException if the store cannot be searched or the host is not loopback
   */
  public static CaspianServer start(ArticleStore store, String host, int port) {
    return start(LuceneCorpusQueries.over(store), host, port, AuthSettings.OFF);
  }

  /**
   * Serves {@code queries} on {@code host:port}.
   *
   * @param host interface to bind, {@code null} for {@link #DEFAULT_HOST}
   * @param port TCP port, 0 for any free port (see {@link #port()})
   * @throws IllegalArgumentException if {@code host} is not a loopback address and auth is off,
   *     or cannot be resolved
   */
  public static CaspianServer start(CorpusQueries queries, String host, int port,
      AuthSettings auth) {
    return start(queries, null, host, port, auth);
  }

  /**
   * Serves {@code queries} and the analysis views of {@code desk} on {@code host:port}.
   *
   * @param desk the analysis views and the workspace, or null to serve search and reading only
   *     (the analysis pages then say they are not available); the caller closes it
   * @throws IllegalArgumentException as {@link #start(CorpusQueries, String, int, AuthSettings)}
   */
  public static CaspianServer start(CorpusQueries queries, Workbench desk, String host, int port,
      AuthSettings auth) {
    Objects.requireNonNull(queries, "queries");
    Objects.requireNonNull(auth, "auth");
    String bind = host == null || host.isBlank() ? DEFAULT_HOST : host.trim();
    if (!auth.enabled() && !loopback(bind)) {
      throw new IllegalArgumentException("refusing to listen on " + bind + " without "
          + "authentication: anyone who can reach it could read the index. Make a token with "
          + "'caspian token --role admin' (or pass --auth), or listen on 127.0.0.1");
    }
    AccessGuard guard = new AccessGuard(auth);
    List<ApiRoute> api = new ArrayList<>();
    api.addAll(new CorpusApi(queries).routes());
    api.addAll(new DyadApi(queries).routes());
    api.addAll(new TokenApi(auth).routes());
    if (desk != null) {
      api.addAll(new AnalysisApi(desk).routes());
      api.addAll(new AlertApi(desk).routes());
      api.addAll(new AchApi(desk).routes());
      api.addAll(new BriefApi(desk).routes());
    }
    PageRoutes pages = new PageRoutes(queries, desk, guard);
    ViewPages views = new ViewPages(pages, desk);
    Assets assets = new Assets();
    Javalin app = Javalin.create(cfg -> configure(cfg, guard, api, pages, views, assets));
    app.start(bind, port);
    CaspianServer server = new CaspianServer(app, bind, List.copyOf(api));
    LOG.info("Caspian listening on {} (auth {})", server.url(), auth.enabled() ? "on" : "off");
    return server;
  }

  private static void configure(JavalinConfig cfg, AccessGuard guard, List<ApiRoute> api,
      PageRoutes pages, ViewPages views, Assets assets) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.routes.before(guard::check);
    for (ApiRoute r : api) {
      Handler h = checked(r);
      if (r.method().equals("POST")) {
        cfg.routes.post(r.path(), h);
      } else if (r.method().equals("DELETE")) {
        cfg.routes.delete(r.path(), h);
      } else {
        cfg.routes.get(r.path(), h);
      }
    }
    String doc = OpenApiDocument.of(api).toString();
    cfg.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(doc));
    cfg.routes.get("/", safe(pages::overview));
    cfg.routes.get("/search", safe(pages::search));
    cfg.routes.get("/dyads", safe(pages::dyads));
    cfg.routes.get("/articles/{id}", safe(pages::article));
    cfg.routes.get("/stories", safe(views::stories));
    cfg.routes.get("/compare", safe(views::compare));
    cfg.routes.get("/network", safe(views::network));
    cfg.routes.get("/alerts", safe(views::alerts));
    cfg.routes.get("/ach", safe(views::ach));
    cfg.routes.get("/login", safe(pages::loginForm));
    cfg.routes.post("/login", safe(pages::login));
    cfg.routes.get("/static/{name}", assets::serveStatic);
    cfg.routes.get("/webjars/<path>", assets::serveWebjar);
    cfg.routes.exception(AccessDenied.class, (e, ctx) -> JsonOut.error(ctx, e.status(),
        e.getMessage()));
    cfg.routes.exception(IllegalArgumentException.class,
        (e, ctx) -> JsonOut.error(ctx, 400, e.getMessage()));
    cfg.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      JsonOut.error(ctx, 500, "internal error (" + e.getClass().getSimpleName()
          + "); the server log has the details");
    });
    cfg.routes.error(404, ctx -> notFound(ctx, pages));
  }

  /** The route's handler, refusing query parameters it does not document. */
  private static Handler checked(ApiRoute route) {
    Set<String> known = new HashSet<>();
    route.params().forEach(p -> known.add(p.name()));
    Handler inner = safe(route.handler());
    return ctx -> {
      for (String name : ctx.queryParamMap().keySet()) {
        if (!known.contains(name)) {
          throw new IllegalArgumentException("unknown parameter " + name + " for "
              + route.path() + (known.isEmpty() ? "" : "; known: " + String.join(", ",
                  route.params().stream().map(ApiParam::name).toList())));
        }
      }
      inner.handle(ctx);
    };
  }

  /** Turns a stack overflow (an over-deep request) into a 400 instead of an empty 500. */
  private static Handler safe(Handler h) {
    return ctx -> {
      try {
        h.handle(ctx);
      } catch (StackOverflowError e) {
        throw new IllegalArgumentException("request is nested too deeply to answer");
      }
    };
  }

  private static void notFound(Context ctx, PageRoutes pages) throws Exception {
    if (ctx.attribute(JsonOut.ANSWERED) != null) {
      return; // a handler already explained the 404
    }
    if (ctx.path().startsWith("/api/")) {
      JsonOut.error(ctx, 404, "no such endpoint: " + ctx.path());
    } else {
      pages.notFound(ctx, "Nothing at this address.");
    }
  }

  private static boolean loopback(String host) {
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot resolve host " + host);
    }
  }

  /** Every registered route as "METHOD path", for checks against the API description. */
  public List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(p -> p.endpoint.method.name() + " " + p.endpoint.path)
        .toList();
  }

  /** The API routes' method and path as documented ("GET /api/search"). */
  public List<String> documentedRoutes() {
    return api.stream().map(r -> r.method() + " " + r.path()).toList();
  }

  /** The port actually bound. */
  public int port() {
    return app.port();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port();
  }

  /** Stops the server (the store stays open). */
  @Override
  public void close() {
    app.stop();
  }
}
