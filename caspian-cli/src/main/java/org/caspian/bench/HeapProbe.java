package org.caspian.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap in use after a full collection: a rough but repeatable measure of what a pipeline keeps
 * (dictionaries, lexicons, models). Comparable with the "heap retained after GC" figures in
 * STACK.md.
 */
public final class HeapProbe {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

  /** Bytes of heap in use after asking for garbage collection a few times. */
  public long retainedBytes() {
    for (int i = 0; i < 3; i++) {
      memory.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
