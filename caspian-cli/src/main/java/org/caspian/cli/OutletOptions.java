package org.caspian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caspian.ingest.outlet.Outlet;
import org.caspian.ingest.outlet.OutletRegistry;
import org.caspian.ingest.outlet.OutletResolver;
import picocli.CommandLine.Option;

/**
 * {@code --outlets FILE}: the user's outlet registries, added to the built-in one; shared by
 * {@code ingest}, {@code analyze} and {@code watch}. A bad line of such a file is reported in one
 * line naming the file and line and skipped; the command still runs and exits 1.
 */
final class OutletOptions {
  /** Unknown outlets listed after a run. */
  private static final int SHOWN_UNKNOWN = 10;

  @Option(names = "--outlets", paramLabel = "FILE",
      description = "A registry of outlets (same tab-separated form as the built-in one, see "
          + "README \"Outlets\") added to the built-in registry; its entries win. Repeatable.")
  List<Path> files = new ArrayList<>();

  private boolean failed;

  /** The resolver over the built-in registry and the user's files; errors go to {@code err}. */
  OutletResolver resolver(PrintWriter err) {
    List<String> errors = new ArrayList<>();
    List<Outlet> extra = new ArrayList<>();
    for (Path f : files) {
      extra.addAll(OutletRegistry.read(f, errors));
    }
    for (String e : errors) {
      err.println("caspian: error: " + e);
    }
    err.flush();
    failed = !errors.isEmpty();
    OutletRegistry builtIn = OutletRegistry.builtIn();
    return new OutletResolver(extra.isEmpty() ? builtIn : builtIn.with(extra));
  }

  /** 1 when a registry file had a bad line, else 0. */
  int exitCode() {
    return failed ? 1 : 0;
  }

  /** Lists on {@code err} the outlets met that the registry does not know, if any. */
  static void reportUnknown(OutletResolver resolver, PrintWriter err) {
    Map<String, Long> unknown = resolver.unknown();
    if (unknown.isEmpty()) {
      return;
    }
    long articles = unknown.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder b = new StringBuilder();
    int shown = 0;
    for (Map.Entry<String, Long> e : unknown.entrySet()) {
      if (shown++ == SHOWN_UNKNOWN) {
        b.append(", ...");
        break;
      }
      b.append(shown == 1 ? "" : ", ").append(e.getKey()).append(" (").append(e.getValue())
          .append(')');
    }
    err.printf("caspian: note: %d article%s from %d outlet%s not in the registry (add them with "
        + "--outlets FILE): %s%n", articles, articles == 1 ? "" : "s", unknown.size(),
        unknown.size() == 1 ? "" : "s", b);
    err.flush();
  }
}
