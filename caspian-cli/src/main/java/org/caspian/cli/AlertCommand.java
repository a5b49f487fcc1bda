package org.caspian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caspian.query.Granularity;
import org.caspian.query.alert.AlertHit;
import org.caspian.query.alert.AlertService;
import org.caspian.query.alert.AtomFeedWriter;
import org.caspian.query.alert.SavedAlert;
import org.caspian.query.events.EventFilter;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian alert ...}: saved query and escalation alerts. */
@Command(name = "alert", mixinStandardHelpOptions = true,
    description = "Alerts: saved full-text queries that report articles arriving after they "
        + "were saved, and dyad escalation alerts; check them and read the hits as a table, "
        + "JSON or an Atom feed.",
    subcommands = {AlertCommand.Add.class, AlertCommand.ListAlerts.class,
        AlertCommand.Remove.class, AlertCommand.Check.class, AlertCommand.Feed.class})
final class AlertCommand implements Runnable {
  @Option(names = "--workspace", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
      description = "Workspace folder (default: the index folder + .workspace).")
  Path workspace;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "an alert command is required");
  }

  /**
   * An alert subcommand: runs with the index and the workspace's alerts open, printing to its
   * output; bad input is a usage error.
   */
  abstract static class AlertStep implements Callable<Integer> {
    @ParentCommand AlertCommand alert;
    @Spec CommandSpec spec;

    @Override
    public final Integer call() throws IOException {
      checkOptions();
      Path index = alert.main.index();
      return UsageErrors.print(spec, out -> {
        try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(index);
            AlertService alerts = AlertService.open(Workspace.dir(index, alert.workspace), store,
                Clock.systemUTC())) {
          run(alerts, out);
        }
      });
    }

    /** Checks the options before anything is opened (nothing to check by default). */
    void checkOptions() {
    }

    abstract void run(AlertService s, PrintWriter out) throws IOException;
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Save an alert: --query Q (Lucene syntax over title and text) or "
          + "--escalation A-B. Prints its id.")
  static final class Add extends AlertStep {
    static final class What {
      @Option(names = "--query", paramLabel = "Q", description = "Full-text query.") String query;
      @Option(names = "--escalation", paramLabel = "A-B", description = "A dyad, e.g. RUS-AZE.")
      String dyad;
    }

    @ArgGroup(exclusive = true, multiplicity = "1") What what;

    @Option(names = "--name", description = "A label for the feed.") String name;

    @Option(names = "--by", defaultValue = "week",
        description = "Escalation: day, week or month (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--include-existing",
        description = "Also report what already matches at the next check.")
    boolean includeExisting;

    @Override
    void run(AlertService s, PrintWriter out) throws IOException {
      SavedAlert a;
      if (what.query != null) {
        a = s.addQuery(name, what.query, includeExisting);
      } else {
        String[] d = EventFilter.parseDyad(what.dyad);
        a = s.addEscalation(name, d[0], d[1], Granularity.parse(by), includeExisting);
      }
      out.println(a.id() + " " + a.describe());
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "The saved alerts.")
  static final class ListAlerts extends AlertStep {
    @Mixin TableOrJson output;
    @Override
    void run(AlertService s, PrintWriter out) {
      output.print(s.list(), out, ListAlerts::table);
    }

    private static void table(List<SavedAlert> all, PrintWriter out) {
      for (SavedAlert a : all) {
        out.printf("%-4s %-30s %s%n", a.id(), a.name(), a.describe());
      }
      if (all.isEmpty()) {
        out.println("(no alerts)");
      }
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Delete an alert.")
  static final class Remove extends AlertStep {
    @Parameters(paramLabel = "ID") String id;
    @Override
    void run(AlertService s, PrintWriter out) {
      s.remove(id);
      out.println(id + " removed");
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Run every alert and print what is new since the last check.")
  static final class Check extends AlertStep {
    @Option(names = "--format", defaultValue = "table", description = "table, json or atom (default: ${DEFAULT-VALUE}).")
    String format;
    @Override
    void checkOptions() {
      format = Feed.format(spec, format);
    }

    @Override
    void run(AlertService s, PrintWriter out) throws IOException {
      Feed.print(s.check(), format, out);
    }
  }

  @Command(name = "feed", mixinStandardHelpOptions = true,
      description = "The recorded hits, newest first, as an Atom feed (default) or JSON.")
  static final class Feed extends AlertStep {
    @Option(names = "--format", defaultValue = "atom", description = "atom, json or table (default: ${DEFAULT-VALUE}).")
    String format;
    @Override
    void checkOptions() {
      format = format(spec, format);
    }

    @Override
    void run(AlertService s, PrintWriter out) throws IOException {
      print(s.history(), format, out);
    }

    static String format(CommandSpec spec, String format) {
      String f = format.trim().toLowerCase(Locale.ROOT);
      if (!List.of("table", "json", "atom").contains(f)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--format must be table, json or atom, not: " + format);
      }
      return f;
    }

    static void print(List<AlertHit> hits, String format, PrintWriter out) throws IOException {
      switch (format) {
        case "json" -> out.println(new Json().write(hits));
        case "atom" -> AtomFeedWriter.write(hits, "Caspian alerts", java.time.Instant.now(), out);
        default -> {
          for (AlertHit h : hits) {
            out.printf("%-4s %-10s %s  [%s] %s%n", h.alertId(),
                h.published() == null ? "----------" : h.published(), h.title(), h.outlet(),
                h.key());
          }
          out.printf("%d new%n", hits.size());
        }
      }
    }
  }
}
