package org.caspian.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caspian.ingest.outlet.OutletVocabulary;
import org.caspian.query.DyadCsv;
import org.caspian.query.DyadRow;
import org.caspian.query.DyadFilter;
import org.caspian.query.DyadService;
import org.caspian.query.Granularity;
import org.caspian.query.series.EscalationMarker;
import org.caspian.query.series.EscalationRule;
import org.caspian.query.series.SeriesGaps;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian dyad A B}: the event series between two actors. */
@Command(name = "dyad", mixinStandardHelpOptions = true,
    description = "Events between two actors (country codes like RUS, or actor codes like "
        + "RUSGOV), in either direction, per period from the first to the last with events (quiet ones as zero rows): counts by quad class (1 verbal "
        + "cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict) and "
        + "Goldstein sum and mean. Only asserted events count unless --all.")
final class DyadCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "First actor, e.g. RUS.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "Second actor, e.g. AZE.")
  String b;

  @Option(names = "--by", defaultValue = "month", description = "day, week or month (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(names = "--all", description = "Also count negated, planned and hypothetical events.")
  boolean all;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--escalation", description = "Mark escalations (conflict count z-score "
      + ">= 2 against the 6 periods before): a list after the table, a last CSV column "
      + "'escalation' (1 or 0), or {series, markers} in JSON.")
  boolean escalation;

  @Option(names = "--outlet-side", paramLabel = "SIDE", description = "Count only events from "
      + "articles whose outlet (in the outlet registry) has this side: state, state-funded, "
      + "public, private, independent or exile.")
  String outletSide;

  @Option(names = "--skip-copies", description = "Leave out articles marked as near-duplicates "
      + "of an earlier one, so a syndicated story counts once.")
  boolean skipCopies;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Granularity granularity;
    try {
      granularity = Granularity.parse(by);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (outletSide != null
        && !OutletVocabulary.SIDES.contains(outletSide.toLowerCase(Locale.ROOT))) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--outlet-side must "
          + "be one of " + String.join(", ", OutletVocabulary.SIDES) + ": " + outletSide);
    }
    List<DyadRow> rows;
    try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(main.index())) {
      rows = SeriesGaps.fill(new DyadService(store).series(a.toUpperCase(Locale.ROOT),
          b.toUpperCase(Locale.ROOT), granularity, all, new DyadFilter(outletSide == null ? ""
              : outletSide.toLowerCase(Locale.ROOT), skipCopies)), granularity);
    }
    List<EscalationMarker> markers = escalation ? EscalationRule.DEFAULT.apply(rows) : List.of();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case CSV:
        if (escalation) {
          writeMarkedCsv(rows, markers, out);
        } else {
          DyadCsv.write(rows, out);
        }
        break;
      case JSON:
        if (escalation) {
          Map<String, Object> both = new LinkedHashMap<>();
          both.put("series", rows);
          both.put("markers", markers);
          out.println(new Json().write(both));
        } else {
          out.println(new Json().write(rows));
        }
        break;
      default:
        printTable(rows, out);
        if (escalation) {
          printMarkers(markers, out);
        }
        break;
    }
    out.flush();
    return 0;
  }

  private static void writeMarkedCsv(List<DyadRow> rows, List<EscalationMarker> markers,
      PrintWriter out) {
    Set<String> marked = new HashSet<>();
    markers.forEach(m -> marked.add(m.period()));
    out.append(DyadCsv.HEADER).append(",escalation\n");
    for (DyadRow r : rows) {
      out.append(DyadCsv.line(r)).append(marked.contains(r.period()) ? ",1\n" : ",0\n");
    }
  }

  private static void printMarkers(List<EscalationMarker> markers, PrintWriter out) {
    out.println();
    if (markers.isEmpty()) {
      out.println("no escalation marked");
      return;
    }
    out.println("escalations (conflict events against the 6 periods before):");
    for (EscalationMarker m : markers) {
      out.printf(Locale.ROOT, "  %-10s %3d conflict events, baseline %.2f ± %.2f, z %.2f, "
          + "Goldstein mean %.2f (%+.2f)%n", m.period(), m.conflicts(), m.baselineMean(),
          m.baselineSd(), m.z(), m.goldsteinMean(), m.goldsteinShift());
    }
  }

  private static void printTable(List<DyadRow> rows, PrintWriter out) {
    out.printf("%-10s %6s %6s %6s %6s %6s %10s %9s%n", "period", "events", "quad1", "quad2",
        "quad3", "quad4", "gold_sum", "gold_mean");
    for (DyadRow r : rows) {
      out.printf(Locale.ROOT, "%-10s %6d %6d %6d %6d %6d %10.1f %9.2f%n", r.period(), r.events(),
          r.quad1(), r.quad2(), r.quad3(), r.quad4(), r.goldsteinSum(), r.goldsteinMean());
    }
    if (rows.isEmpty()) {
      out.println("(no events)");
    }
  }
}
