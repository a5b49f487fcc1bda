package org.caspian.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caspian.query.FacetCount;
import org.caspian.query.SearchHit;
import org.caspian.query.SearchResult;
import org.caspian.query.SearchService;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian search QUERY}: full-text search with highlights and facets. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the index (Lucene query syntax: words are ANDed, \"phrases\", OR, "
        + "-exclude, title:word; words also find their inflected forms and other spellings in "
        + "the language of each article). Prints hits with highlighted passages and facet counts.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "QUERY",
      description = "The query; words are joined. May be left out with --actor.")
  List<String> words;

  @Option(names = "--actor", paramLabel = "ACTOR", description = "Only articles mentioning this "
      + "actor, in every language: a person in any spelling (Пашинян, Փաշինյան, Paşinyan), an "
      + "actor code or country (ARMGOV, ARM), or a canonical name (Russia).")
  String actor;

  @Option(names = "--limit", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}, at most 100).")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if ((words == null || words.isEmpty()) && actor == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Missing required parameter: 'QUERY' (or give --actor)");
    }
    SearchResult result;
    try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(main.index())) {
      try {
        String query = words == null ? "" : String.join(" ", words);
        result = new SearchService(store).search(query, actor, limit);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    if (format == OutputFormat.JSON) {
      out.println(new Json().write(result));
    } else {
      printTable(result, out);
    }
    out.flush();
    return 0;
  }

  private static void printTable(SearchResult r, PrintWriter out) {
    out.printf("%d matching articles%s%n", r.total(),
        r.totalApproximate() ? " (estimated)" : "");
    int n = 0;
    for (SearchHit h : r.hits()) {
      n++;
      out.printf("%n%2d. %s  %s  [%s]%n    id %s%n", n, h.published() == null ? "----------"
          : h.published(), plain(h.titleHtml()), h.source(), h.id());
      for (String s : h.snippets()) {
        out.printf("    … %s …%n", plain(s));
      }
    }
    for (Map.Entry<String, List<FacetCount>> f : r.facets().entrySet()) {
      if (f.getValue().isEmpty()) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      for (FacetCount c : f.getValue()) {
        sb.append(sb.length() == 0 ? "" : ", ").append(c.value()).append(" (").append(c.count())
            .append(')');
      }
      out.printf("%n%s: %s", f.getKey(), sb);
    }
    if (r.facetsApproximate()) {
      out.printf("%n(facet counts estimated from a sample of the matches)");
    }
    out.println();
  }

  /** Highlight HTML as terminal text: matches in [brackets], entities decoded. */
  static String plain(String html) {
    return html.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }
}
