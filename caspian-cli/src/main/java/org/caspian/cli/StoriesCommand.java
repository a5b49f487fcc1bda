package org.caspian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caspian.query.events.EventReader;
import org.caspian.query.framing.ArticleCorpus;
import org.caspian.query.framing.FramingService;
import org.caspian.query.framing.OutletSides;
import org.caspian.query.framing.TermScore;
import org.caspian.query.story.OutletView;
import org.caspian.query.story.StoryGroup;
import org.caspian.query.story.StoryService;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian stories}: the same event as each outlet told it. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "The same event, each side: events of one pair of countries and one CAMEO "
        + "root within --window days are one story; each outlet's sentences and its most "
        + "typical words against the other outlets' articles, side by side.")
final class StoriesCommand implements Callable<Integer> {
  @Mixin EventFilterOptions filterOptions;

  @Option(names = "--window", defaultValue = "3", description = "Days from a story's first event (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--min-outlets", defaultValue = "2", description = "Outlets a story needs (default: ${DEFAULT-VALUE}).")
  int minOutlets;

  @Option(names = "--limit", defaultValue = "10", description = "Stories to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin TableOrJson output;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    output.rejectCsv(spec);
    List<StoryGroup> groups;
    try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(main.index())) {
      ArticleCorpus corpus = new ArticleCorpus(store, OutletSides.bundled());
      StoryService service = new StoryService(new EventReader(store), corpus,
          new FramingService(corpus));
      groups = UsageErrors.get(spec,
          () -> service.stories(filterOptions.filter(spec), window, minOutlets, limit));
    }
    return UsageErrors.print(spec, out -> output.print(groups, out, StoriesCommand::table));
  }

  private static void table(List<StoryGroup> groups, PrintWriter out) {
    for (StoryGroup g : groups) {
      out.printf("%n%s  %s, CAMEO root %s, %s to %s, %d events%n", g.id(), g.pair(), g.root(),
          g.first(), g.last(), g.events().size());
      for (OutletView v : g.outlets()) {
        StringBuilder terms = new StringBuilder();
        for (TermScore t : v.terms()) {
          terms.append(terms.length() == 0 ? "" : ", ").append(t.term())
              .append(String.format(Locale.ROOT, " (%.1f)", t.z()));
        }
        out.printf("  %s%s: %s%n", v.outlet(), v.side().isEmpty() ? "" : " [" + v.side() + "]",
            terms.length() == 0 ? "(no distinguishing words)" : terms);
        v.sentences().stream().limit(2).forEach(s -> out.printf("      “%s”%n",
            s.length() <= 160 ? s : s.substring(0, 159) + "…"));
      }
    }
    out.printf("%n%d stories%n", groups.size());
  }
}
