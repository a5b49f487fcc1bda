package org.caspian.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian demo}: ingest the built-in sample corpus and serve the dashboard. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Analyse the built-in sample corpus into the index (default ~/.caspian/index, "
        + "the one every command uses) and serve the dashboard on it.")
final class DemoCommand implements Callable<Integer> {
  @Mixin ServerOptions server;

  @Option(names = "--no-serve", description = "Only build the index, do not start the server.")
  boolean noServe;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ErrorLog errors = new ErrorLog(spec.commandLine().getErr());
    try (LuceneStore store = LuceneStore.open(main.index());
        Indexer indexer = new Indexer(new LazyPipeline(Services::pipeline), store, errors,
            Runtime.getRuntime().availableProcessors(), Batching.of(Batching.DEFAULT_SIZE),
            Progress.NONE, InputFingerprint.current(true))) {
      new SampleCorpus().read(indexer::accept);
      Indexer.Counts c = indexer.finish();
      out.printf("sample corpus: %d added, %d unchanged, %d failed; index %s%n", c.added(),
          c.unchanged(), c.failed(), store.path());
      out.flush();
    }
    if (!noServe) {
      // The server only reads, so 'caspian ingest' can add to this index while it runs.
      try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(main.index())) {
        ServerRunner.serve(store, main.index(), server, out);
      }
    }
    return errors.exitCode();
  }
}
