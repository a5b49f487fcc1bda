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
 */
public record SearchAnswer<T>(String query, ResultPage<T> results,
    Map<String, List<FacetCount>> facets) {
  public SearchAnswer {
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
