package org.caspian.ingest.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A loopback HTTP server for fetch tests; records the requests it answers. */
final class LoopbackServer implements AutoCloseable {
  /** One request as received. */
  record Request(String path, String userAgent, String ifNoneMatch, String ifModifiedSince) {}

  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;

  LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  void on(String path, Handler h) {
    server.createContext(path, exchange -> {
      requests.add(new Request(exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("User-Agent"),
          exchange.getRequestHeaders().getFirst("If-None-Match"),
          exchange.getRequestHeaders().getFirst("If-Modified-Since")));
      try {
        h.handle(exchange);
      } finally {
        exchange.close();
      }
    });
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    if (b.length > 0) {
      ex.getResponseBody().write(b);
    }
  }

  static String rss(String... titles) {
    StringBuilder b = new StringBuilder("<rss version=\"2.0\"><channel><title>Loop News</title>"
        + "<link>http://127.0.0.1/</link>");
    for (String t : titles) {
      b.append("<item><title>").append(t).append("</title><link>http://127.0.0.1/")
          .append(t.replace(' ', '-')).append("</link><description>").append(t)
          .append(": ministers met in Baku to discuss the corridor.</description>")
          .append("<pubDate>Mon, 30 Jun 2025 10:00:00 +0400</pubDate></item>");
    }
    return b.append("</channel></rss>").toString();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
