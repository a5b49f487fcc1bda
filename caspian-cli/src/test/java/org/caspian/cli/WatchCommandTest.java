package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caspian watch FILE --once --allow-loopback} against a loopback server. */
class WatchCommandTest {
  @TempDir Path dir;

  private HttpServer server;
  private final Map<String, String> feeds = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      String body = feeds.get(ex.getRequestURI().getPath());
      String etag = body == null ? "" : "\"" + Integer.toHexString(body.hashCode()) + "\"";
      if (body == null) {
        ex.sendResponseHeaders(404, -1);
      } else if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
      } else {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("ETag", etag);
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
      }
      ex.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static String rss(String... items) {
    StringBuilder b = new StringBuilder("<rss version=\"2.0\"><channel><title>Loop Wire</title>");
    for (String i : items) {
      b.append("<item><title>").append(i).append("</title><link>https://loop.example/")
          .append(i.hashCode()).append("</link><description>").append(i)
          .append("</description><pubDate>Mon, 30 Jun 2025 10:00:00 +0400</pubDate></item>");
    }
    return b.append("</channel></rss>").toString();
  }

  @Test
  void once_ingests_what_is_new_and_a_second_run_finds_nothing_new() throws IOException {
    feeds.put("/a.rss", rss("Azerbaijan summoned the Russian ambassador over the raid."));
    feeds.put("/b.rss", rss("Armenia and Azerbaijan resumed border talks in Brussels."));
    Path list = Files.writeString(dir.resolve("feeds.txt"), "# test feeds\n" + url("/a.rss")
        + "\n\n" + url("/b.rss") + "  # second\n" + url("/missing.rss") + "\n");
    String index = dir.resolve("idx").toString();
    CliRun first = CliRun.run("--index", index, "watch", list.toString(), "--once",
        "--allow-loopback", "--host-delay", "0");
    assertThat(first.out).contains("polled 3 feeds: 2 new articles, 0 not modified, 1 failed");
    assertThat(first.err).contains(url("/missing.rss") + ": HTTP 404");
    assertThat(first.exit).isEqualTo(1);

    CliRun search = CliRun.run("--index", index, "search", "ambassador");
    assertThat(search.out).contains("1 matching articles");

    feeds.put("/a.rss", rss("Azerbaijan summoned the Russian ambassador over the raid.",
        "Baku cancelled the cultural events planned with Moscow."));
    CliRun second = CliRun.run("--index", index, "watch", list.toString(), "--once",
        "--allow-loopback", "--host-delay", "0");
    assertThat(second.out).contains("polled 3 feeds: 1 new articles, 1 not modified, 1 failed");
    assertThat(Files.isDirectory(dir.resolve("idx.watch"))).isTrue();
  }

  @Test
  void loopback_is_refused_without_the_flag() throws IOException {
    feeds.put("/a.rss", rss("Item."));
    Path list = Files.writeString(dir.resolve("feeds.txt"), url("/a.rss") + "\nnot a url\nftp://x.example/f\n");
    CliRun run = CliRun.run("--index", dir.resolve("idx").toString(), "watch", list.toString(),
        "--once");
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err).contains("feeds.txt:2: not a URL: 'not a url'")
        .contains("feeds.txt:3: not an http(s) URL: 'ftp://x.example/f'")
        .contains("refused: 127.0.0.1 is a loopback address");
    assertThat(run.out).contains("polled 1 feeds: 0 new articles");
  }

  @Test
  void help_names_the_contract_options() {
    CliRun r = CliRun.run("watch", "--help");
    assertThat(r.exit).isZero();
    assertThat(r.out).contains("Usage: caspian watch").contains("--once")
        .contains("--allow-loopback").contains("--index=DIR");
  }
}
