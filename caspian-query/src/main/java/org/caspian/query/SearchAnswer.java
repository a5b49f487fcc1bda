package org.caspian.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: one page of results and facet counts over all of them.
 *
 * @param query the query as given
 * @param results the page asked for, with the total
 * @param facets counts by dimension, in display order (see {@link CorpusQueries#FACETS})
 * @param totalApproximate whether the total of {@code results} is an estimate (a search with more
 *     matches than {@link CountLimits#exactLimit()}); otherwise it is exact
 * @param facetsApproximate whether the facet counts are estimated from a sample of the matches
 *     (scaled to the whole); otherwise they are exact
 */
public record SearchAnswer<T>(String query, ResultPage<T> results,
    Map<String, List<FacetCount>> facets, boolean totalApproximate, boolean facetsApproximate) {
  public SearchAnswer {
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }

  /** An answer whose total and facets are exact. */
  public SearchAnswer(String query, ResultPage<T> results, Map<String, List<FacetCount>> facets) {
    this(query, results, facets, false, false);
  }
}
