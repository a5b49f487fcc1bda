package org.caspian.ingest.watch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * What the watcher remembers about one feed between polls and across restarts.
 *
 * @param url the feed as listed
 * @param etag the last {@code ETag}, or empty
 * @param lastModified the last {@code Last-Modified}, or empty
 * @param lastPolled when it was last polled, or {@code null} before the first poll
 * @param nextPoll when it is due next ({@link Instant#EPOCH} when due now)
 * @param failures consecutive failed polls (the backoff grows with them)
 * @param lastError the last failure's one-line reason, empty after a success
 */
public record FeedState(URI url, String etag, String lastModified, Instant lastPolled,
    Instant nextPoll, int failures, String lastError) {

  public FeedState {
    Objects.requireNonNull(url, "url");
    etag = etag == null ? "" : etag;
    lastModified = lastModified == null ? "" : lastModified;
    nextPoll = nextPoll == null ? Instant.EPOCH : nextPoll;
    lastError = lastError == null ? "" : lastError;
  }

  /** A feed never polled: due now. */
  public static FeedState fresh(URI url) {
    return new FeedState(url, "", "", null, Instant.EPOCH, 0, "");
  }
}
