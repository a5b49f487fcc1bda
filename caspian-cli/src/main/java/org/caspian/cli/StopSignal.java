package org.caspian.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns Ctrl-C (or a plain {@code kill}) into a request to stop: a shutdown hook raises the flag
 * and holds the JVM open until the command has committed what it read and {@link #close()}d this
 * signal, at most {@link #GRACE_SECONDS}. Install once per run.
 */
final class StopSignal implements AutoCloseable {
  static final long GRACE_SECONDS = 60;

  private final AtomicBoolean requested = new AtomicBoolean();
  private final CountDownLatch done = new CountDownLatch(1);
  private final Thread hook = new Thread(this::onShutdown, "caspian-stop");

  /** Registers the shutdown hook. */
  StopSignal install() {
    Runtime.getRuntime().addShutdownHook(hook);
    return this;
  }

  /** True once the process has been asked to stop. */
  boolean requested() {
    return requested.get();
  }

  private void onShutdown() {
    requested.set(true);
    try {
      done.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The command is done: lets a pending shutdown go on, or removes the hook. */
  @Override
  public void close() {
    done.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run; it returns now that done is counted down
    }
  }
}
