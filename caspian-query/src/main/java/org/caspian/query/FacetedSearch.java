package org.caspian.query;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;

/**
 * One pass over the matches of a query: the exact total, the documents of one page in sort order,
 * and the collector facets are counted from.
 *
 * @param total number of matching documents
 * @param page the documents of the page asked for
 * @param facets every match, for {@link FacetTally}
 */
record FacetedSearch(long total, ScoreDoc[] page, FacetsCollector facets) {

  /** Runs {@code q}; {@code sort} null means by relevance (cheaper than a relevance sort). */
  static FacetedSearch run(IndexSearcher s, Query q, Sort sort, PageRequest page)
      throws IOException {
    FacetsCollectorManager.FacetsResult result = sort == null
        ? FacetsCollectorManager.search(s, q, page.depth(), new FacetsCollectorManager())
        : FacetsCollectorManager.search(s, q, page.depth(), sort, true,
            new FacetsCollectorManager());
    FacetsCollector fc = result.facetsCollector();
    long total = 0;
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      total += md.totalHits;
    }
    ScoreDoc[] all = result.topDocs().scoreDocs;
    int from = Math.min(page.offset(), all.length);
    return new FacetedSearch(total, Arrays.copyOfRange(all, from, all.length), fc);
  }
}
