package org.caspian.query;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/**
 * The matches of a query: the exact total, the documents of one page in order, and the facet
 * counts. The total and the facets need every match; they are kept in a {@link CountCache} for the
 * reader, so the next page of the same search (or the same search again) only finds its top
 * documents, which Lucene can do without visiting every match.
 *
 * @param total number of matching documents
 * @param page the documents of the page asked for
 * @param facets counts by dimension
 */
record FacetedSearch(long total, ScoreDoc[] page, Map<String, List<FacetCount>> facets) {

  /**
   * Runs {@code q}.
   *
   * @param sort null for relevance order
   */
  static FacetedSearch run(IndexSearcher s, Query q, Sort sort, PageRequest page,
      List<String> dims, FacetTally tally, CountCache cache) throws IOException {
    CountCache.Key key = CountCache.key(s.getIndexReader(), q, dims);
    CountCache.Counts known = cache.get(key);
    if (known != null) {
      TopDocs top = sort == null ? s.search(q, page.depth()) : s.search(q, page.depth(), sort,
          true);
      return new FacetedSearch(known.total(), slice(top.scoreDocs, page), known.facets());
    }
    FacetsCollectorManager.FacetsResult result = sort == null
        ? FacetsCollectorManager.search(s, q, page.depth(), new FacetsCollectorManager())
        : FacetsCollectorManager.search(s, q, page.depth(), sort, true,
            new FacetsCollectorManager());
    FacetsCollector fc = result.facetsCollector();
    long total = 0;
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      total += md.totalHits;
    }
    Map<String, List<FacetCount>> facets = tally.count(s.getIndexReader(), fc, dims);
    cache.put(key, new CountCache.Counts(total, facets));
    return new FacetedSearch(total, slice(result.topDocs().scoreDocs, page), facets);
  }

  private static ScoreDoc[] slice(ScoreDoc[] all, PageRequest page) {
    int from = Math.min(page.offset(), all.length);
    return Arrays.copyOfRange(all, from, all.length);
  }
}
