package org.caspian.cli;

import java.time.Duration;

/**
 * When the indexer commits: after {@code size} items, or on the first item that comes {@code
 * maxAge} or more after the last commit, whichever is first; {@code inFlight} bounds the items
 * queued for analysis.
 */
record Batching(int size, Duration maxAge, int inFlight) {
  /** Default batch size of {@code caspian ingest}. */
  static final int DEFAULT_SIZE = 500;
  /** Default longest time between commits: what a running server sees is at most this old. */
  static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(5);

  Batching {
    if (size < 1) {
      throw new IllegalArgumentException("batch size must be at least 1: " + size);
    }
    if (maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("batch age must be positive: " + maxAge);
    }
    inFlight = Math.max(1, Math.min(inFlight, size));
  }

  static Batching of(int size) {
    return new Batching(size, DEFAULT_MAX_AGE, 256);
  }
}
