package org.caspian.cli;

import java.util.concurrent.Callable;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian serve}: the JSON API and dashboard over an index. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the dashboard and JSON API over the index.")
final class ServeCommand implements Callable<Integer> {
  @Mixin ServerOptions server;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(main.index())) {
      ServerRunner.serve(store, main.index(), server, spec.commandLine().getOut());
    }
    return 0;
  }
}
