package org.caspian.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching against a loopback server: conditional, slow, broken, redirecting, oversized. */
class FeedFetcherTest {
  private LoopbackServer server;
  private final FeedFetcher fetcher = new FeedFetcher(new AddressGuard(true), 64 * 1024,
      Duration.ofSeconds(1), Clock.systemUTC());

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void conditional_get_sends_the_validators_and_reads_304_as_not_modified() throws Exception {
    server.on("/feed", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LoopbackServer.send(ex, 304, "");
        return;
      }
      ex.getResponseHeaders().add("ETag", "\"v1\"");
      ex.getResponseHeaders().add("Last-Modified", "Mon, 30 Jun 2025 10:00:00 GMT");
      LoopbackServer.send(ex, 200, LoopbackServer.rss("One"));
    });
    FeedFetcher.Fetched first = fetcher.fetch(server.url("/feed"), "", "");
    assertThat(first.notModified()).isFalse();
    assertThat(new String(first.body(), StandardCharsets.UTF_8)).contains("<title>One</title>");
    assertThat(first.etag()).isEqualTo("\"v1\"");
    FeedFetcher.Fetched second = fetcher.fetch(server.url("/feed"), first.etag(),
        first.lastModified());
    assertThat(second.notModified()).isTrue();
    assertThat(second.etag()).isEqualTo("\"v1\"");
    assertThat(server.requests).hasSize(2);
    assertThat(server.requests.get(0).userAgent()).isEqualTo(FeedFetcher.USER_AGENT);
    assertThat(server.requests.get(1).ifNoneMatch()).isEqualTo("\"v1\"");
    assertThat(server.requests.get(1).ifModifiedSince())
        .isEqualTo("Mon, 30 Jun 2025 10:00:00 GMT");
  }

  @Test
  void a_slow_server_times_out() {
    server.on("/slow", ex -> {
      try {
        Thread.sleep(4000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      LoopbackServer.send(ex, 200, LoopbackServer.rss("Late"));
    });
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> fetcher.fetch(server.url("/slow"), "", ""))
        .hasMessage("timed out after 1 s");
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3500);
  }

  @Test
  void a_trickling_body_is_cut_at_the_deadline() {
    server.on("/trickle", ex -> {
      ex.sendResponseHeaders(200, 0);
      try {
        for (int i = 0; i < 40; i++) {
          ex.getResponseBody().write(' ');
          ex.getResponseBody().flush();
          Thread.sleep(100);
        }
      } catch (InterruptedException | IOException e) {
        Thread.currentThread().interrupt();
      }
    });
    assertThatThrownBy(() -> fetcher.fetch(server.url("/trickle"), "", ""))
        .hasMessage("timed out after 1 s");
  }

  @Test
  void broken_answers_fail_in_one_line() {
    server.on("/error", ex -> LoopbackServer.send(ex, 503, "down"));
    server.on("/cut", ex -> {
      ex.sendResponseHeaders(200, 10_000);
      ex.getResponseBody().write("<rss>".getBytes(StandardCharsets.UTF_8));
      ex.getResponseBody().flush();
      ex.getHttpContext().getServer();
      throw new IOException("connection dropped on purpose");
    });
    assertThatThrownBy(() -> fetcher.fetch(server.url("/error"), "", "")).hasMessage("HTTP 503");
    assertThatThrownBy(() -> fetcher.fetch(server.url("/cut"), "", ""))
        .isInstanceOf(FeedFetcher.FetchException.class)
        .hasMessageNotContaining("\n");
  }

  @Test
  void redirects_are_followed_and_each_target_rechecked() throws Exception {
    server.on("/old", ex -> {
      ex.getResponseHeaders().add("Location", "/new");
      LoopbackServer.send(ex, 301, "");
    });
    server.on("/new", ex -> LoopbackServer.send(ex, 200, LoopbackServer.rss("Moved")));
    server.on("/loop", ex -> {
      ex.getResponseHeaders().add("Location", "/loop");
      LoopbackServer.send(ex, 302, "");
    });
    server.on("/inside", ex -> {
      ex.getResponseHeaders().add("Location", "http://10.0.0.1/admin");
      LoopbackServer.send(ex, 302, "");
    });
    FeedFetcher.Fetched moved = fetcher.fetch(server.url("/old"), "", "");
    assertThat(moved.url()).isEqualTo(server.url("/new"));
    assertThatThrownBy(() -> fetcher.fetch(server.url("/loop"), "", ""))
        .hasMessage("more than 5 redirects");
    assertThatThrownBy(() -> fetcher.fetch(server.url("/inside"), "", ""))
        .hasMessage("refused: 10.0.0.1 is a private address (10.0.0.1)");
  }

  @Test
  void an_oversized_body_is_refused_while_streaming() {
    String big = "x".repeat(200 * 1024);
    server.on("/big", ex -> LoopbackServer.send(ex, 200, big));
    server.on("/chunked", ex -> {
      ex.sendResponseHeaders(200, 0);
      for (int i = 0; i < 100; i++) {
        ex.getResponseBody().write(new byte[4096]);
      }
    });
    assertThatThrownBy(() -> fetcher.fetch(server.url("/big"), "", ""))
        .hasMessage("response too large: more than 65,536 bytes");
    assertThatThrownBy(() -> fetcher.fetch(server.url("/chunked"), "", ""))
        .hasMessage("response too large: more than 65,536 bytes");
  }

  @Test
  void loopback_is_refused_unless_allowed() {
    server.on("/feed", ex -> LoopbackServer.send(ex, 200, LoopbackServer.rss("x")));
    FeedFetcher strict = new FeedFetcher(new AddressGuard(false), 1024, Duration.ofSeconds(1),
        Clock.systemUTC());
    assertThatThrownBy(() -> strict.fetch(server.url("/feed"), "", ""))
        .hasMessageStartingWith("refused: 127.0.0.1 is a loopback address");
    assertThat(server.requests).isEmpty();
  }
}
