package org.caspian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Runs a command's steps so that bad input ({@link IllegalArgumentException}) is a usage error. */
final class UsageErrors {
  private UsageErrors() {}

  /** A step that yields a value. */
  @FunctionalInterface
  interface Attempt<T> {
    T get() throws IOException;
  }

  /** A step that prints to the command's output. */
  @FunctionalInterface
  interface Printing {
    void run(PrintWriter out) throws IOException;
  }

  /** The value of {@code step}; its {@link IllegalArgumentException} is a usage error of spec. */
  static <T> T get(CommandSpec spec, Attempt<T> step) throws IOException {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Runs {@code body} on the command's output, flushes it and returns exit code 0. */
  static int print(CommandSpec spec, Printing body) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    get(spec, () -> {
      body.run(out);
      return null;
    });
    out.flush();
    return 0;
  }
}
