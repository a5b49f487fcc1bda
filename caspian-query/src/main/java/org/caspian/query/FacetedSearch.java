package org.caspian.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * The matches of a query: the total, the documents of one page in order, and the facet counts.
 * Within {@link CountLimits} the total and facets are exact; past them they are estimated from a
 * {@link MatchSample} and marked approximate, and the page's top documents are found by Lucene
 * without visiting every match. Totals and facets are kept in a {@link CountCache} for the reader,
 * so the next page of the same search (or the same search again) only finds its top documents.
 *
 * @param total number of matching documents, or an estimate when {@code totalApproximate}
 * @param page the documents of the page asked for
 * @param facets counts by dimension, estimated when {@code facetsApproximate}
 * @param totalApproximate whether the total is an estimate
 * @param facetsApproximate whether the facet counts are scaled up from a sample
 */
record FacetedSearch(long total, ScoreDoc[] page, Map<String, List<FacetCount>> facets,
    boolean totalApproximate, boolean facetsApproximate) {

  /**
   * Runs {@code q}.
   *
   * @param sort null for relevance order
   */
  static FacetedSearch run(IndexSearcher s, Query q, Sort sort, PageRequest page,
      List<String> dims, FacetTally tally, CountCache cache, CountLimits limits)
      throws IOException {
    if (limits.exact()) {
      return exact(s, q, sort, page, dims, tally, cache);
    }
    CountCache.Key key = CountCache.key(s.getIndexReader(), q, dims);
    CountCache.Counts known = cache.get(key);
    // The total comes from the sample, so Lucene need count no further than the page: past it,
    // it skips the documents that cannot make the page (block-max WAND, sorted-field skipping).
    TopDocs top = top(s, q, sort, page.depth(), page.depth());
    if (known == null) {
      MatchSample sample = MatchSample.of(s, q, limits);
      Map<String, List<FacetCount>> facets =
          scaled(tally.count(s.getIndexReader(), sample.collector(), dims), sample.scale());
      boolean counted = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
      long total = sample.exact() ? sample.matched()
          : counted ? top.totalHits.value : Math.max(sample.matched(), top.totalHits.value);
      known = new CountCache.Counts(total, facets, !sample.exact() && !counted,
          !sample.exact());
      cache.put(key, known);
    }
    return new FacetedSearch(known.total(), slice(top.scoreDocs, page), known.facets(),
        known.totalApproximate(), known.facetsApproximate());
  }

  /** The best {@code depth} documents; matches are counted exactly up to {@code threshold}. */
  private static TopDocs top(IndexSearcher s, Query q, Sort sort, int depth, int threshold)
      throws IOException {
    if (sort == null) {
      return s.search(q, new TopScoreDocCollectorManager(depth, null, threshold));
    }
    TopDocs top = s.search(q, new TopFieldCollectorManager(sort, depth, null, threshold));
    TopFieldCollector.populateScores(top.scoreDocs, s, q);
    return top;
  }

  /** Every match visited for the total and the facets (the behaviour before limits). */
  private static FacetedSearch exact(IndexSearcher s, Query q, Sort sort, PageRequest page,
      List<String> dims, FacetTally tally, CountCache cache) throws IOException {
    CountCache.Key key = CountCache.key(s.getIndexReader(), q, dims);
    CountCache.Counts known = cache.get(key);
    if (known != null) {
      TopDocs top = sort == null ? s.search(q, page.depth()) : s.search(q, page.depth(), sort,
          true);
      return new FacetedSearch(known.total(), slice(top.scoreDocs, page), known.facets(),
          false, false);
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
    cache.put(key, new CountCache.Counts(total, facets, false, false));
    return new FacetedSearch(total, slice(result.topDocs().scoreDocs, page), facets, false,
        false);
  }

  /** Counts of a sample multiplied by what each sampled match stands for. */
  private static Map<String, List<FacetCount>> scaled(Map<String, List<FacetCount>> counts,
      double scale) {
    if (scale == 1) {
      return counts;
    }
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    counts.forEach((dim, values) -> {
      List<FacetCount> up = new ArrayList<>(values.size());
      for (FacetCount c : values) {
        up.add(new FacetCount(c.value(), Math.round(c.count() * scale)));
      }
      out.put(dim, up);
    });
    return out;
  }

  private static ScoreDoc[] slice(ScoreDoc[] all, PageRequest page) {
    int from = Math.min(page.offset(), all.length);
    return Arrays.copyOfRange(all, from, all.length);
  }
}
