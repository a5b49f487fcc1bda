package org.caspian.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * One line per committed batch, for logs and scripts: what is durable so far and the rate. A line
 * printed here is a promise: those items survive a crash of the process.
 */
final class BatchLines implements Progress {
  private final PrintWriter out;
  private final long start = System.nanoTime();
  private int lastTotal = -1;

  BatchLines(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void committed(Indexer.Counts c) {
    if (c.total() == lastTotal) {
      return;
    }
    lastTotal = c.total();
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "committed %d items: %d added, %d unchanged, %d failed (%.0f items/s)%n",
        c.total(), c.added(), c.unchanged(), c.failed(), seconds <= 0 ? 0 : c.total() / seconds);
    out.flush();
  }
}
