package org.caspian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caspian.ingest.FileIngestor;
import org.caspian.store.lucene.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.caspian.ingest.outlet.OutletResolver;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian ingest PATH...}: analyse and store articles in the index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Analyse files and folders (text, JSON Lines) and store them in the index. "
        + "Re-ingesting an unchanged article changes nothing. Commits in batches: an interrupted "
        + "run keeps every committed batch, and running it again completes it.")
final class IngestCommand implements Callable<Integer> {
  /** How progress is shown. */
  enum ProgressMode { AUTO, BAR, BATCHES, NONE }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
  List<Path> paths;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + FileIngestor.DEFAULT_MAX_BYTES,
      description = "Refuse text files and JSON Lines records larger than this "
          + "(default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--threads", description = "Analysis threads (default: all cores).")
  Integer threads;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Batching.DEFAULT_SIZE,
      description = "Commit after this many items, and at least every 5 s (default: "
          + "${DEFAULT-VALUE}). A crash loses at most the batch under way.")
  int batch;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "auto (a progress line on a terminal, else only the summary), bar, batches "
          + "(one line per committed batch) or none (default: ${DEFAULT-VALUE}).")
  ProgressMode progressMode;

  @Option(names = "--reanalyze", description = "Analyse every article again, even one stored "
      + "from the same input by this build of Caspian (by default those are counted unchanged "
      + "without analysis).")
  boolean reanalyze;

  @Mixin OutletOptions outlets;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (batch < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--batch must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ErrorLog errors = new ErrorLog(err);
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    FileIngestor ingestor = new FileIngestor(maxBytes);
    OutletResolver resolver = outlets.resolver(err);
    long start = System.nanoTime();
    try (StopSignal stop = new StopSignal().install();
        LuceneStore store = LuceneStore.open(main.index());
        AlertMatching alerts = AlertMatching.open(main.index(), store, out)) {
      List<Path> files = ingestor.files(paths, r -> errors.failed(r.message()));
      Progress progress = progress(files, out, err);
      Indexer.Counts c = new IngestRun(ingestor, new LazyPipeline(Services::pipeline), t, Batching.of(batch),
          InputFingerprint.current(!reanalyze), resolver).onStored(alerts)
          .run(files, store, errors, progress, stop::requested);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.ROOT, "%d added, %d unchanged, %d failed; %d articles in %s; %.1f s, "
          + "%.0f items/s%n", c.added(), c.unchanged(), c.failed(), store.count(), store.path(),
          seconds, c.total() / Math.max(seconds, 1e-3));
      if (stop.requested()) {
        out.println("stopped before the end: everything counted above is stored; run the same "
            + "command again to complete it");
      }
      out.flush();
    }
    OutletOptions.reportUnknown(resolver, err);
    return Math.max(errors.exitCode(), outlets.exitCode());
  }

  private Progress progress(List<Path> files, PrintWriter out, PrintWriter err) {
    ProgressMode mode = progressMode;
    if (mode == ProgressMode.AUTO) {
      mode = System.console() != null ? ProgressMode.BAR : ProgressMode.NONE;
    }
    switch (mode) {
      case BAR:
        return new TerminalProgress(err, new ItemEstimate().of(files));
      case BATCHES:
        return new BatchLines(out);
      default:
        return Progress.NONE;
    }
  }
}
