package org.caspian.server;

import java.util.List;
import org.caspian.query.PageRequest;
import org.caspian.query.SearchFilters;
import org.caspian.query.SearchMode;
import org.caspian.query.SearchRequest;

/**
 * The search parameters shared by {@code /api/search} and the search page.
 *
 * @param mode articles or events
 * @param request what to search
 */
record SearchParams(SearchMode mode, SearchRequest request) {
  /** The parameters, documented once for the API description. */
  static final List<ApiParam> DOCS = List.of(
      ApiParam.query("q", "string", "Lucene query syntax (words ANDed, \"phrases\", OR, -word, "
          + "title:word); blank lists everything newest first. At most 100,000 characters and "
          + "20 levels of parentheses"),
      ApiParam.query("mode", "string", "articles (default) or events"),
      ApiParam.query("page", "integer", "page number from 1 (default 1)"),
      ApiParam.query("size", "integer", "results per page, 1..100 (default 20)"),
      ApiParam.query("limit", "integer", "older name of size; values above 100 are capped"),
      ApiParam.query("outlet", "string", "outlet name as stored; repeat or comma-separate"),
      ApiParam.query("country", "string", "outlet's country, ISO alpha-3"),
      ApiParam.query("side", "string", "the outlet's side in the outlet registry: state, "
          + "state-funded, public, private, independent or exile"),
      ApiParam.query("lang", "string", "article language, ISO 639-1"),
      ApiParam.query("actor", "string", "actor country (RUS) or code (RUSGOV)"),
      ApiParam.query("type", "string", "event type: CAMEO root of two digits (19)"),
      ApiParam.date("from", "first day, yyyy-mm-dd (publication date, or event date in events "
          + "mode)"),
      ApiParam.date("to", "last day, yyyy-mm-dd"));

  static SearchParams of(QueryParams p) {
    SearchMode mode = SearchMode.parse(p.text("mode", "articles"));
    int size = p.integer("size", Math.min(p.integer("limit", PageRequest.DEFAULT_SIZE),
        PageRequest.MAX_SIZE));
    PageRequest page = new PageRequest(p.integer("page", 1), size);
    SearchFilters filters = new SearchFilters(p.list("outlet"), p.list("country"),
        p.list("side"), p.list("lang"), p.list("actor"), p.list("type"), p.date("from"),
        p.date("to"));
    return new SearchParams(mode, new SearchRequest(p.text("q", ""), filters, page));
  }
}
