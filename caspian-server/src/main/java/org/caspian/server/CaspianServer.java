package org.caspian.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Objects;
import org.caspian.query.DyadService;
import org.caspian.query.SearchService;
import org.caspian.store.ArticleStore;
import org.caspian.store.lucene.SearcherSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Caspian HTTP server: the JSON API under {@code /api} and the dashboard at {@code /}.
 *
 * <pre>{@code
 * try (CaspianServer server = CaspianServer.start(store, "127.0.0.1", 0)) {
 *   System.out.println(server.url());
 * }
 * }</pre>
 *
 * <p>Routes: {@code GET /api/health}, {@code /api/search?q=&limit=&actor=}, {@code
 * /api/dyad?a=&b=&by=day|week|month&all=&format=json|csv}, {@code
 * /api/dyad/events?a=&b=&by=&period=&all=}, {@code /api/articles/{id}}; pages {@code /} and {@code
 * /articles/{id}}; files under {@code /static/} and {@code /webjars/}. The server does not own the
 * store: closing it leaves the store open.
 */
public final class CaspianServer implements AutoCloseable {
  /** Where the server listens unless told otherwise: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  private static final Logger LOG = LoggerFactory.getLogger(CaspianServer.class);

  private final Javalin app;
  private final String host;

  private CaspianServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /**
   * Starts serving {@code store} on {@code host:port}.
   *
   * @param store a store that can be searched (the Lucene store)
   * @param host interface to bind, {@code null} for {@link #DEFAULT_HOST}
   * @param port TCP port, 0 for any free port (see {@link #port()})
   * @throws IllegalArgumentException if the store cannot be searched
   */
  public static CaspianServer start(ArticleStore store, String host, int port) {
    Objects.requireNonNull(store, "store");
    if (!(store instanceof SearcherSource)) {
      throw new IllegalArgumentException("the server needs a searchable store (LuceneStore), got "
          + store.getClass().getName());
    }
    SearcherSource searchable = (SearcherSource) store;
    String bind = host == null || host.isBlank() ? DEFAULT_HOST : host;
    Api api = new Api(store, new SearchService(searchable), new DyadService(searchable));
    Pages pages = new Pages(store);
    Assets assets = new Assets();
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.routes.get("/api/health", api::health);
      cfg.routes.get("/api/search", api::search);
      cfg.routes.get("/api/dyad", api::dyad);
      cfg.routes.get("/api/dyad/events", api::dyadEvents);
      cfg.routes.get("/api/articles/{id}", api::article);
      cfg.routes.get("/", pages::dashboard);
      cfg.routes.get("/articles/{id}", pages::article);
      cfg.routes.get("/static/{name}", assets::serveStatic);
      cfg.routes.get("/webjars/<path>", assets::serveWebjar);
      cfg.routes.exception(IllegalArgumentException.class,
          (e, ctx) -> Api.error(ctx, 400, e.getMessage()));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        Api.error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
      });
      cfg.routes.error(404, CaspianServer::notFound);
    });
    app.start(bind, port);
    CaspianServer server = new CaspianServer(app, bind);
    LOG.info("Caspian listening on {}", server.url());
    return server;
  }

  private static void notFound(Context ctx) {
    if (ctx.attribute(Api.ANSWERED) != null) {
      return; // a handler already explained the 404
    }
    if (ctx.path().startsWith("/api/")) {
      Api.error(ctx, 404, "no such endpoint: " + ctx.path());
    } else {
      ctx.html("<!doctype html><title>Not found</title><p>Nothing at this address. "
          + "<a href=\"/\">Dashboard</a></p>");
    }
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
