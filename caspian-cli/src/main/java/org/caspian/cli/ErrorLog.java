package org.caspian.cli;

import java.io.PrintWriter;

/** Prints one line per failed item to stderr and remembers whether anything failed. */
final class ErrorLog {
  private final PrintWriter err;
  private int failures;

  ErrorLog(PrintWriter err) {
    this.err = err;
  }

  synchronized void failed(String message) {
    failures++;
    err.println("caspian: error: " + message.replace('\n', ' '));
    err.flush();
  }

  synchronized int failures() {
    return failures;
  }

  /** 1 when anything failed, else 0. */
  synchronized int exitCode() {
    return failures == 0 ? 0 : 1;
  }
}
