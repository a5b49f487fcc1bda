package org.caspian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caspian.ingest.FileIngestor;
import org.caspian.store.lucene.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian ingest PATH...}: analyse and store articles in the index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Analyse files and folders (text, JSON Lines) and store them in the index. "
        + "Re-ingesting an unchanged article changes nothing.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
  List<Path> paths;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + FileIngestor.DEFAULT_MAX_BYTES,
      description = "Refuse text files larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--threads", description = "Analysis threads (default: all cores).")
  Integer threads;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ErrorLog errors = new ErrorLog(spec.commandLine().getErr());
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    try (LuceneStore store = LuceneStore.open(main.index());
        Indexer indexer = new Indexer(Services.pipeline(), store, errors, t)) {
      new FileIngestor(maxBytes).read(paths, indexer::accept);
      Indexer.Counts c = indexer.finish();
      out.printf("%d added, %d unchanged, %d failed; %d articles in %s%n", c.added(),
          c.unchanged(), c.failed(), store.count(), main.index());
    }
    return errors.exitCode();
  }
}
