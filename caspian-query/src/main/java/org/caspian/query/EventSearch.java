package org.caspian.query;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.caspian.store.lucene.Schema;
import org.caspian.store.lucene.SearcherSource;

/**
 * The events view of a search: coded events whose sentence (or whose article's headline) matches
 * the query, filtered like articles but by the event's own date, counted by the same facets over
 * events. Thread-safe.
 */
public final class EventSearch {
  private static final String[] SEARCHED = {Schema.EVENT_TITLE, Schema.EVENT_TEXT};
  private static final Map<String, Float> BOOSTS =
      Map.of(Schema.EVENT_TITLE, 1f, Schema.EVENT_TEXT, 2f);

  private final SearcherSource source;
  private final Analyzer analyzer = Schema.analyzer();
  private final FacetTally facets;
  private final SearchFilterQueries filters;
  private final CountCache counts = new CountCache();
  private final CountLimits limits;

  /** Searches events through {@code source}. */
  public EventSearch(SearcherSource source) {
    this(source, new ActorFilter(), CountLimits.DEFAULT);
  }

  /**
   * Searches events through {@code source}, naming actors through {@code actors} (shared),
   * counting matches within {@code limits}.
   */
  EventSearch(SearcherSource source, ActorFilter actors, CountLimits limits) {
    this.source = Objects.requireNonNull(source, "source");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.facets = new FacetTally();
    this.filters = new SearchFilterQueries(actors);
  }

  /**
   * One page of the events matching {@code r}, best first, or newest first for a blank query.
   *
   * @throws IllegalArgumentException if the query does not parse or a filter is invalid
   */
  public SearchAnswer<DyadEvent> events(SearchRequest r) throws IOException {
    Query parsed = QueryParsing.parse(r.query(), SEARCHED, BOOSTS, analyzer);
    boolean browse = parsed instanceof MatchAllDocsQuery;
    try {
      return source.withSearcher(s -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
            .add(parsed, Occur.MUST)
            .add(Schema.kind(Schema.KIND_EVENT), Occur.FILTER);
        filters.addTo(b, r.filters(), Schema.DATE, s.getIndexReader());
        Sort sort = browse
            ? new Sort(new SortField(Schema.DATE, SortField.Type.LONG, true), SortField.FIELD_DOC)
            : null; // by relevance
        FacetedSearch found = FacetedSearch.run(s, b.build(), sort, r.page(),
            CorpusQueries.FACETS, facets, counts, limits);
        ResultPage<DyadEvent> page = new ResultPage<>(EventLoader.load(s, found.page()),
            found.total(), r.page().page(), r.page().size());
        return new SearchAnswer<>(r.query(), page, found.facets(), found.totalApproximate(),
            found.facetsApproximate());
      });
    } catch (TooManyClauses e) {
      throw new IllegalArgumentException("query matches too many terms: " + r.query(), e);
    }
  }
}
