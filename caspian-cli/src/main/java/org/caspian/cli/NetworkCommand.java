package org.caspian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caspian.query.events.EventReader;
import org.caspian.query.network.ActorNetwork;
import org.caspian.query.network.NetworkEdge;
import org.caspian.query.network.NetworkService;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian network}: actors and the events between them (GEXF: {@code export}). */
@Command(name = "network", mixinStandardHelpOptions = true,
    description = "The actor network of the selected events: actors with their event counts, "
        + "and edges per direction and quad class weighted by events. For Gephi use "
        + "'caspian export --format gexf'.")
final class NetworkCommand implements Callable<Integer> {
  @Mixin EventFilterOptions filterOptions;

  @Option(names = "--limit", defaultValue = "20", description = "Nodes and edges to list (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin TableOrJson output;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    output.rejectCsv(spec);
    ActorNetwork net;
    var filter = filterOptions.filter(spec);
    try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(main.index())) {
      net = new NetworkService(new EventReader(store)).network(filter);
    }
    return UsageErrors.print(spec, out -> output.print(net, out, this::table));
  }

  private void table(ActorNetwork net, PrintWriter out) {
    out.printf("%d actors, %d edges%n%nactors:%n", net.nodes().size(), net.edges().size());
    net.nodes().stream().limit(limit).forEach(n -> out.printf("  %-10s %-4s %4d  %s%n",
        n.id(), n.country(), n.events(), n.label()));
    out.printf("%nedges:%n");
    for (NetworkEdge e : net.edges().subList(0, Math.min(limit, net.edges().size()))) {
      out.printf(Locale.ROOT, "  %-10s -> %-10s quad %d (%s) %3d events, Goldstein mean %.2f%n",
          e.source(), e.target(), e.quad(), e.color(), e.events(), e.goldsteinMean());
    }
  }
}
