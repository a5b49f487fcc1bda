package org.caspian.query;

import java.util.Objects;

/**
 * One search as the UI and API ask it.
 *
 * @param query Lucene query-parser syntax; blank lists everything newest first
 * @param filters restrictions
 * @param page which page
 */
public record SearchRequest(String query, SearchFilters filters, PageRequest page) {
  public SearchRequest {
    query = query == null ? "" : query.strip();
    QueryLimits.check(query);
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(page, "page");
  }

  /** The first {@code size} results of {@code query}, unfiltered. */
  public static SearchRequest of(String query, int size) {
    return new SearchRequest(query, SearchFilters.NONE, PageRequest.first(size));
  }
}
