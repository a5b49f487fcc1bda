package org.caspian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caspian.query.framing.ArticleCorpus;
import org.caspian.query.framing.FramingComparison;
import org.caspian.query.framing.FramingService;
import org.caspian.query.framing.OutletSides;
import org.caspian.query.framing.TermCounter;
import org.caspian.query.framing.TermOccurrence;
import org.caspian.query.framing.TermScore;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian compare}: the words that set two outlets, or two sides, apart. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Framing comparison: the words most typical of each of two outlets (or of the "
        + "outlets of two sides), by weighted log-odds with an informative Dirichlet prior "
        + "(Monroe, Colaresi & Quinn 2008), with z-scores and the sentences they occur in.")
final class CompareCommand implements Callable<Integer> {
  static final class Groups {
    @Option(names = "--outlets", split = ",", paramLabel = "A,B",
        description = "Two outlets by name, e.g. TASS,APA.")
    List<String> outlets;

    @Option(names = "--sides", split = ",", paramLabel = "A,B",
        description = "Two sides as countries, e.g. AZE,ARM (outlet to side: bundled table, "
            + "then the address's country domain).")
    List<String> sides;
  }

  @ArgGroup(exclusive = true, multiplicity = "1") Groups groups;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First publication day.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last publication day.")
  String to;

  @Option(names = "--limit", defaultValue = "15", description = "Terms per side (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--prior-scale", defaultValue = "1.0",
      description = "Weight of the pooled prior counts (default: ${DEFAULT-VALUE}).")
  double priorScale;

  @Mixin TableOrJson output;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    output.rejectCsv(spec);
    List<String> pair = groups.outlets != null ? groups.outlets : groups.sides;
    if (pair.size() != 2 || pair.get(0).isBlank() || pair.get(1).isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give exactly two, comma-separated: " + String.join(",", pair));
    }
    if (limit < 1 || limit > 500 || !(priorScale > 0)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--limit must be 1..500 and --prior-scale positive");
    }
    var f = EventFilterOptions.date(spec, "--from", from);
    var t = EventFilterOptions.date(spec, "--to", to);
    FramingComparison c;
    try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(main.index())) {
      FramingService framing = new FramingService(new ArticleCorpus(store,
          OutletSides.bundled()), TermCounter.standard(), priorScale);
      c = groups.outlets != null
          ? framing.compareOutlets(pair.get(0), pair.get(1), f, t, limit)
          : framing.compareSides(pair.get(0), pair.get(1), f, t, limit);
    }
    return UsageErrors.print(spec, out -> output.print(c, out, CompareCommand::table));
  }

  private static void table(FramingComparison c, PrintWriter out) {
    out.printf("%s: %d articles, %d words; %s: %d articles, %d words%n", c.labelA(),
        c.articlesA(), c.wordsA(), c.labelB(), c.articlesB(), c.wordsB());
    side(c.labelA(), c.leaningA(), out);
    side(c.labelB(), c.leaningB(), out);
  }

  private static void side(String label, List<TermScore> terms, PrintWriter out) {
    out.printf("%nmost typical of %s:%n", label);
    if (terms.isEmpty()) {
      out.println("  (none)");
    }
    for (TermScore t : terms) {
      out.printf(Locale.ROOT, "  %-24s z %6.2f  (%d vs %d)%n", t.term(), t.z(), t.countA(),
          t.countB());
      for (TermOccurrence o : t.occurrences().subList(0, Math.min(2, t.occurrences().size()))) {
        out.printf("      %s %s: %s%n", o.articleId(), o.outlet(), shorten(o.sentence()));
      }
    }
  }

  private static String shorten(String s) {
    String t = s.replace('\n', ' ');
    return t.length() <= 140 ? t : t.substring(0, 139) + "…";
  }
}
