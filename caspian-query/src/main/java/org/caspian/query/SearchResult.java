package org.caspian.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to one search.
 *
 * @param query the query as given
 * @param total number of matching articles (exact)
 * @param hits the best hits, at most the limit asked for
 * @param facets counts over all matching articles, by dimension in the order of {@link
 *     SearchService#FACETS}
 */
public record SearchResult(String query, long total, List<SearchHit> hits,
    Map<String, List<FacetCount>> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets)); // keeps display order
  }
}
