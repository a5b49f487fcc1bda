package org.caspian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.caspian.query.DyadService;
import org.caspian.query.ach.AchService;
import org.caspian.query.brief.Brief;
import org.caspian.query.brief.BriefHtml;
import org.caspian.query.brief.BriefMarkdown;
import org.caspian.query.brief.BriefService;
import org.caspian.query.brief.DyadChart;
import org.caspian.query.events.EventFilter;
import org.caspian.query.events.EventReader;
import org.caspian.query.framing.ArticleCorpus;
import org.caspian.query.framing.FramingService;
import org.caspian.query.framing.OutletSides;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian brief}: a brief on one dyad over a date range, as Markdown or HTML. */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = "A brief on one dyad: key events with dates, outlets and sentences, the dyad "
        + "chart, top quotes, framing differences between the two sides' outlets, and the open "
        + "hypotheses of the workspace's ACH matrices.")
final class BriefCommand implements Callable<Integer> {
  @Option(names = "--dyad", required = true, paramLabel = "A-B", description = "e.g. RUS-AZE.")
  String dyad;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day.")
  String to;

  @Option(names = "--format", defaultValue = "md", paramLabel = "md|html",
      description = "md (default; the chart inline as SVG unless --chart) or html (the chart as "
          + "an embedded PNG).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Option(names = "--chart", paramLabel = "FILE.png",
      description = "Markdown: write the chart as this PNG file and link it.")
  Path chart;

  @Option(names = "--workspace", paramLabel = "DIR",
      description = "Workspace with the ACH matrices (default: the index folder + .workspace).")
  Path workspace;

  @Option(names = "--matrix", paramLabel = "NAME",
      description = "Open hypotheses of this ACH matrix only (repeatable; default: all).")
  java.util.List<String> matrices = new java.util.ArrayList<>();

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    boolean html;
    switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "md", "markdown" -> html = false;
      case "html" -> html = true;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--format must be md or html, not: " + format);
    }
    String[] pair = UsageErrors.get(spec, () -> EventFilter.parseDyad(dyad));
    var fromDay = EventFilterOptions.date(spec, "--from", from);
    var toDay = EventFilterOptions.date(spec, "--to", to);
    if (fromDay.isAfter(toDay)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--from " + fromDay + " is after --to " + toDay);
    }
    Brief b;
    try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(main.index());
        AchService ach = openAch()) {
      ArticleCorpus corpus = new ArticleCorpus(store, OutletSides.bundled());
      BriefService service = new BriefService(new EventReader(store), new DyadService(store),
          store, corpus, new FramingService(corpus));
      b = UsageErrors.get(spec,
          () -> service.brief(pair[0], pair[1], fromDay, toDay, ach, Set.copyOf(matrices)));
    }
    Set<String> marked = new HashSet<>();
    b.escalations().forEach(m -> marked.add(m.period()));
    DyadChart drawn = new DyadChart(b.a() + "–" + b.b() + ": events per " + b.by().label(),
        b.series(), marked);
    String text;
    if (html) {
      text = BriefHtml.write(b, drawn.png(), drawn.svg());
    } else if (chart != null) {
      OutputFiles.write(chart, drawn.png());
      Path base = out == null ? null : out.toAbsolutePath().getParent();
      String ref = base == null ? chart.toString()
          : base.relativize(chart.toAbsolutePath()).toString();
      text = BriefMarkdown.write(b, "![" + b.a() + "–" + b.b() + " events](" + ref + ")");
    } else {
      text = BriefMarkdown.write(b, drawn.svg());
    }
    if (out != null) {
      OutputFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
      spec.commandLine().getErr().println("brief written to " + out);
    } else {
      PrintWriter w = spec.commandLine().getOut();
      w.print(text);
      w.flush();
    }
    return 0;
  }

  /** The ACH matrices, or null when the workspace has none yet (a brief creates nothing). */
  private AchService openAch() throws IOException {
    Path dir = Workspace.dir(main.index(), workspace);
    return Files.exists(dir.resolve("ach.mv.db")) ? AchService.open(dir) : null;
  }
}
