package org.caspian.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to one search.
 *
 * @param query the query as given
 * @param total number of matching articles (exact unless {@code totalApproximate})
 * @param hits the best hits, at most the limit asked for
 * @param facets counts over all matching articles, by dimension in the order of {@link
 *     SearchService#FACETS} (estimated from a sample when {@code facetsApproximate})
 * @param totalApproximate whether the total is an estimate (see {@link CountLimits})
 * @param facetsApproximate whether the facet counts are estimated from a sample of the matches
 */
public record SearchResult(String query, long total, List<SearchHit> hits,
    Map<String, List<FacetCount>> facets, boolean totalApproximate, boolean facetsApproximate) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets)); // keeps display order
  }

  /** A result whose total and facets are exact. */
  public SearchResult(String query, long total, List<SearchHit> hits,
      Map<String, List<FacetCount>> facets) {
    this(query, total, hits, facets, false, false);
  }
}
