package org.caspian.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caspian.model.AnalyzedArticle;

/**
 * Every question the dashboard and the HTTP API ask of the stored corpus. The server depends on
 * this interface only, so the embedded Lucene index ({@link LuceneCorpusQueries}) and a cluster
 * store later serve the same pages. Implementations are thread-safe; an {@link IOException} means
 * the store could not be read, an {@link IllegalArgumentException} a bad request (its message names
 * the parameter).
 */
public interface CorpusQueries {
  /** Facet dimensions of a search, in display order. */
  List<String> FACETS = List.of("source", "outlet_country", "outlet_side", "language",
      "actor_country", "actor", "event_type");

  /** Number of articles stored. */
  long articleCount() throws IOException;

  /** The article with this id and everything found in it, or empty. */
  Optional<AnalyzedArticle> article(String id) throws IOException;

  /** The newest publication date of any article, or empty when none has one. */
  Optional<LocalDate> latestDate() throws IOException;

  /** Matching articles, best first (newest first for a blank query), with facets. */
  SearchAnswer<SearchHit> searchArticles(SearchRequest request) throws IOException;

  /**
   * Coded events whose sentence or article headline matches, best first (newest first for a blank
   * query), with facets counted over events.
   */
  SearchAnswer<DyadEvent> searchEvents(SearchRequest request) throws IOException;

  /** The dyad series of {@code a} and {@code b}, one row per non-empty period. */
  List<DyadRow> dyadSeries(String a, String b, Granularity by, boolean includeAll)
      throws IOException;

  /** One page of the events behind one period of a dyad series, by date then article. */
  ResultPage<DyadEvent> dyadEvents(String a, String b, String period, Granularity by,
      boolean includeAll, PageRequest page) throws IOException;

  /**
   * Asserted events between each pair of different countries dated {@code from} to {@code to}
   * inclusive, in no particular order.
   */
  List<DyadCount> dyadCounts(LocalDate from, LocalDate to) throws IOException;
}
