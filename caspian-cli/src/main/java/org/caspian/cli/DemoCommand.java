package org.caspian.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.caspian.store.lucene.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian demo}: ingest the built-in sample corpus and serve the dashboard. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Analyse the built-in sample corpus into an index (default ~/.caspian/demo) "
        + "and serve the dashboard on it.")
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
    try (LuceneStore store = LuceneStore.open(main.index("demo"))) {
      try (Indexer indexer = new Indexer(Services.pipeline(), store, errors,
          Runtime.getRuntime().availableProcessors())) {
        new SampleCorpus().read(indexer::accept);
        Indexer.Counts c = indexer.finish();
        out.printf("sample corpus: %d added, %d unchanged, %d failed; index %s%n", c.added(),
            c.unchanged(), c.failed(), store.path());
        out.flush();
      }
      if (!noServe) {
        ServerRunner.serve(store, server.host, server.port, out);
      }
    }
    return errors.exitCode();
  }
}
