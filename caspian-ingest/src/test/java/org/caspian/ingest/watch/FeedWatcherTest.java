package org.caspian.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.caspian.ingest.IngestResult;
import org.caspian.ingest.source.FeedReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedWatcherTest {
  private static final Instant NOW = Instant.parse("2025-07-01T12:00:00Z");
  private static final Duration INTERVAL = Duration.ofMinutes(15);

  @TempDir
  Path dir;

  private LoopbackServer server;
  private final AtomicReference<String> body = new AtomicReference<>();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
    server.on("/feed", ex -> {
      String b = body.get();
      if (b == null) {
        LoopbackServer.send(ex, 500, "broken");
        return;
      }
      String etag = "\"" + Integer.toHexString(b.hashCode()) + "\"";
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LoopbackServer.send(ex, 304, "");
        return;
      }
      ex.getResponseHeaders().add("ETag", etag);
      LoopbackServer.send(ex, 200, b);
    });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private FeedWatcher watcher(WatchState state) {
    FeedFetcher fetcher = new FeedFetcher(new AddressGuard(true), 1 << 20, Duration.ofSeconds(2),
        clock);
    return new FeedWatcher(fetcher, new FeedReader(1 << 20), state, clock, INTERVAL,
        Duration.ofHours(24));
  }

  @Test
  void only_new_items_are_handed_on_and_a_restart_resumes() throws IOException {
    URI feed = server.url("/feed");
    body.set(LoopbackServer.rss("One", "Two"));
    try (MvWatchState state = MvWatchState.open(dir)) {
      FeedWatcher w = watcher(state);
      FeedWatcher.Poll first = w.poll(feed);
      assertThat(first.fresh()).extracting(r -> r.article().title()).containsExactly("One", "Two");
      w.acknowledge(first);
      FeedWatcher.Poll unchanged = w.poll(feed);
      assertThat(unchanged.notModified()).isTrue();
      assertThat(unchanged.fresh()).isEmpty();
      w.acknowledge(unchanged);
      body.set(LoopbackServer.rss("Three", "One", "Two"));
      FeedWatcher.Poll more = w.poll(feed);
      assertThat(more.fresh()).extracting(r -> r.article().title()).containsExactly("Three");
      // not acknowledged: as if the process died before storing "Three"
    }
    try (MvWatchState state = MvWatchState.open(dir)) {
      FeedWatcher w = watcher(state);
      FeedState s = w.stateOf(feed);
      assertThat(s.lastPolled()).isEqualTo(NOW);
      assertThat(s.nextPoll()).isEqualTo(NOW.plus(INTERVAL));
      FeedWatcher.Poll again = w.poll(feed);
      assertThat(again.fresh()).extracting(IngestResult::succeeded).containsExactly(true);
      assertThat(again.fresh().get(0).article().title()).isEqualTo("Three");
      w.acknowledge(again);
      body.set(LoopbackServer.rss("Three", "One", "Two", "Four"));
      assertThat(w.poll(feed).fresh()).extracting(r -> r.article().title())
          .containsExactly("Four");
    }
  }

  @Test
  void failures_back_off_and_a_success_resets() throws IOException {
    URI feed = server.url("/feed");
    try (MvWatchState state = MvWatchState.open(dir)) {
      FeedWatcher w = watcher(state);
      body.set(null);
      FeedWatcher.Poll f1 = w.poll(feed);
      w.acknowledge(f1);
      assertThat(f1.error()).isEqualTo("HTTP 500");
      assertThat(w.stateOf(feed).nextPoll()).isEqualTo(NOW.plus(INTERVAL.multipliedBy(2)));
      w.acknowledge(w.poll(feed));
      FeedState twice = w.stateOf(feed);
      assertThat(twice.failures()).isEqualTo(2);
      assertThat(twice.lastError()).isEqualTo("HTTP 500");
      assertThat(twice.nextPoll()).isEqualTo(NOW.plus(INTERVAL.multipliedBy(4)));
      body.set("<html><body>not a feed</body></html>");
      w.acknowledge(w.poll(feed));
      assertThat(w.stateOf(feed).lastError()).isEqualTo("not a feed: the document is an HTML page");
      assertThat(w.stateOf(feed).failures()).isEqualTo(3);
      body.set(LoopbackServer.rss("Back"));
      w.acknowledge(w.poll(feed));
      FeedState ok = w.stateOf(feed);
      assertThat(ok.failures()).isZero();
      assertThat(ok.lastError()).isEmpty();
      assertThat(ok.nextPoll()).isEqualTo(NOW.plus(INTERVAL));
    }
  }
}
