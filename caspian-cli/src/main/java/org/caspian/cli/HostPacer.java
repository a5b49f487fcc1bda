package org.caspian.cli;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Keeps a polite pause between two requests to the same host. Not thread-safe. */
final class HostPacer {
  private final Map<String, Long> last = new HashMap<>();
  private final long delayMillis;

  HostPacer(long delayMillis) {
    this.delayMillis = delayMillis;
  }

  /** Waits until the host of {@code url} may be contacted again, then notes the time. */
  void await(URI url) throws InterruptedException {
    String host = String.valueOf(url.getHost());
    Long before = last.get(host);
    if (before != null) {
      long waitMillis = delayMillis - (System.nanoTime() - before) / 1_000_000;
      if (waitMillis > 0) {
        Thread.sleep(waitMillis);
      }
    }
    last.put(host, System.nanoTime());
  }
}
