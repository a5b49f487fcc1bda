package org.caspian.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress line for a terminal, rewritten in place at most four times a second: items done of
 * those expected, articles per second, and the time left at that rate.
 */
final class TerminalProgress implements Progress {
  private static final long EVERY_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final long expected;
  private final long start = System.nanoTime();
  private long lastPrint;
  private int width;

  /** Prints to {@code err}; {@code expected} is the estimated number of items (0 if unknown). */
  TerminalProgress(PrintWriter err, long expected) {
    this.err = err;
    this.expected = expected;
  }

  @Override
  public void item(Indexer.Counts c) {
    long now = System.nanoTime();
    if (now - lastPrint < EVERY_NANOS) {
      return;
    }
    lastPrint = now;
    double seconds = (now - start) / 1e9;
    long done = c.total();
    double rate = seconds <= 0 ? 0 : done / seconds;
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d", done));
    if (expected > 0) {
      line.append(String.format(Locale.ROOT, " of ~%,d (%d%%)", Math.max(expected, done),
          Math.min(100, done * 100 / expected)));
    }
    line.append(String.format(Locale.ROOT, ", %.0f articles/s", rate));
    if (expected > done && rate > 0) {
      line.append(", ETA ").append(clock((long) ((expected - done) / rate)));
    }
    print(line.toString());
  }

  @Override
  public void end() {
    print("");
    err.print('\r');
    err.flush();
  }

  private void print(String s) {
    String padded = s.length() < width ? s + " ".repeat(width - s.length()) : s;
    width = s.length();
    err.print('\r');
    err.print(padded);
    err.flush();
  }

  static String clock(long seconds) {
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
            seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
