package org.caspian.ingest.watch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caspian.ingest.IngestResult;
import org.caspian.ingest.source.FeedReader;
import org.caspian.ingest.source.SourceException;
import org.caspian.ingest.source.SourceInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feeds. One {@link #poll} fetches a feed (conditionally), reads it and returns the items
 * not seen before; the caller stores them and then calls {@link #acknowledge}, which marks them
 * seen and saves the feed's state, so nothing is marked seen before it is stored. A failed poll
 * backs the feed off: the next poll waits the interval times two to the number of consecutive
 * failures, at most {@code maxBackoff}.
 */
public final class FeedWatcher {
  private static final Logger LOG = LoggerFactory.getLogger(FeedWatcher.class);

  private final FeedFetcher fetcher;
  private final FeedReader reader;
  private final WatchState state;
  private final Clock clock;
  private final Duration interval;
  private final Duration maxBackoff;

  /**
   * One poll's outcome.
   *
   * @param feed the feed
   * @param fresh items (articles and per-item errors) not seen before, in feed order
   * @param keys their keys, to mark seen on acknowledgement
   * @param notModified the server answered 304
   * @param error the poll's one-line failure, or empty
   * @param next the state to save on acknowledgement
   */
  public record Poll(URI feed, List<IngestResult> fresh, List<String> keys, boolean notModified,
      String error, FeedState next) {
    public boolean failed() {
      return !error.isEmpty();
    }
  }

  public FeedWatcher(FeedFetcher fetcher, FeedReader reader, WatchState state, Clock clock,
      Duration interval, Duration maxBackoff) {
    this.fetcher = fetcher;
    this.reader = reader;
    this.state = state;
    this.clock = clock;
    this.interval = interval;
    this.maxBackoff = maxBackoff;
  }

  /** The feed's stored state, or a fresh one. */
  public FeedState stateOf(URI feed) {
    return state.feed(feed).orElse(FeedState.fresh(feed));
  }

  /** Polls {@code feed} now, whatever its schedule. */
  public Poll poll(URI feed) {
    FeedState before = stateOf(feed);
    Instant now = clock.instant();
    FeedFetcher.Fetched got;
    try {
      got = fetcher.fetch(feed, before.etag(), before.lastModified());
    } catch (FeedFetcher.FetchException e) {
      return failed(before, now, e.getMessage());
    }
    FeedState ok = new FeedState(feed, got.etag(), got.lastModified(), now,
        now.plus(interval), 0, "");
    if (got.notModified()) {
      return new Poll(feed, List.of(), List.of(), true, "", ok);
    }
    List<IngestResult> items = new ArrayList<>();
    try {
      reader.read(SourceInput.ofBytes(feed.toString(), got.url(), got.fetchedAt(), got.body()),
          items::add);
    } catch (SourceException e) {
      return failed(before, now, e.getMessage());
    }
    List<IngestResult> fresh = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (IngestResult r : items) {
      String key = r.succeeded() ? "id:" + r.article().id() : "error:" + r.message();
      if (!state.seen(feed, key) && !keys.contains(key)) {
        fresh.add(r);
        keys.add(key);
      }
    }
    return new Poll(feed, fresh, keys, false, "", ok);
  }

  private Poll failed(FeedState before, Instant now, String reason) {
    int failures = before.failures() + 1;
    Duration wait = interval.multipliedBy(1L << Math.min(failures, 20));
    if (wait.compareTo(maxBackoff) > 0) {
      wait = maxBackoff;
    }
    LOG.warn("{}: {} (failure {}, next poll in {} min)", before.url(), reason, failures,
        wait.toMinutes());
    FeedState next = new FeedState(before.url(), before.etag(), before.lastModified(), now,
        now.plus(wait), failures, reason);
    return new Poll(before.url(), List.of(), List.of(), false, reason, next);
  }

  /** Marks a poll's items seen and saves the feed's state, durably. */
  public void acknowledge(Poll poll) {
    state.markSeen(poll.feed(), poll.keys());
    state.put(poll.next());
    state.commit();
  }

  /** The earliest time any of {@code feeds} is due. */
  public Instant nextDue(List<URI> feeds) {
    Instant next = Instant.MAX;
    for (URI f : feeds) {
      Instant due = stateOf(f).nextPoll();
      if (due.isBefore(next)) {
        next = due;
      }
    }
    return next;
  }
}
