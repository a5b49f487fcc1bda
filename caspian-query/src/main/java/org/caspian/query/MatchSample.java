package org.caspian.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matches of a query to count facets over: all of them when there are at most {@link
 * CountLimits#exactLimit()}, otherwise a sample. Matches are read in index order without scores.
 *
 * <p>The sample is a cluster sample in document-id space: {@value #WINDOWS} windows at equal
 * strides over the whole index, each read completely, their width chosen from the density of
 * matches in the first {@code exactLimit} so that the windows hold about {@link
 * CountLimits#sampleSize()} matches. Every window is the same width, so each match in a window
 * stands for {@link #scale()} matches of the index: the estimated total is the sampled matches
 * times the scale, and so is each facet count. Index order is roughly the order articles came in,
 * so the windows spread the sample over time as well.
 *
 * @param collector the sampled (or all) matches, for the facet counts
 * @param matched the matches counted exactly, or the estimate of their number
 * @param scale how many matches each collected one stands for (1 when exact)
 * @param exact whether every match was collected
 */
record MatchSample(FacetsCollector collector, long matched, double scale, boolean exact) {
  static final int WINDOWS = 128;

  /** Collects the matches of {@code q} in {@code s} within {@code limits}. */
  static MatchSample of(IndexSearcher s, Query q, CountLimits limits) throws IOException {
    Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Collected first = collect(s, w, limits.exactLimit());
    if (first.complete()) {
      return new MatchSample(new Sampled(first.docs()), first.count(), 1, true);
    }
    int maxDoc = s.getIndexReader().maxDoc();
    // first.span() ids held exactLimit matches: windows of this total width hold sampleSize
    double density = first.count() / (double) first.span();
    long width = (long) Math.ceil(limits.sampleSize() / density / WINDOWS);
    if (width * WINDOWS * 2 >= maxDoc) {
      Collected all = collect(s, w, Integer.MAX_VALUE); // a sample would read half the index
      return new MatchSample(new Sampled(all.docs()), all.count(), 1, true);
    }
    Collected sample = windows(s, w, maxDoc, (int) width);
    double scale = maxDoc / (double) (width * WINDOWS);
    long estimate = Math.round(sample.count() * scale);
    return new MatchSample(new Sampled(sample.docs()), Math.max(estimate, first.count() + 1L),
        scale, false);
  }

  /** Matches collected from the leaves, and how far into the id space they reach. */
  private record Collected(List<FacetsCollector.MatchingDocs> docs, int count, long span,
      boolean complete) {}

  /** The first {@code limit} matches; complete when there are no more. */
  private static Collected collect(IndexSearcher s, Weight w, int limit) throws IOException {
    List<FacetsCollector.MatchingDocs> docs = new ArrayList<>();
    int count = 0;
    for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
      Scorer scorer = w.scorer(ctx);
      if (scorer == null) {
        continue;
      }
      DocIdSetIterator it = scorer.iterator();
      Bits live = ctx.reader().getLiveDocs();
      FixedBitSet bits = new FixedBitSet(ctx.reader().maxDoc());
      int here = 0;
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        if (count == limit) {
          docs.add(matching(ctx, bits, here));
          return new Collected(docs, count, (long) ctx.docBase + d, false);
        }
        bits.set(d);
        here++;
        count++;
      }
      docs.add(matching(ctx, bits, here));
    }
    return new Collected(docs, count, s.getIndexReader().maxDoc(), true);
  }

  /** Every match in {@value #WINDOWS} windows of {@code width} ids at equal strides. */
  private static Collected windows(IndexSearcher s, Weight w, int maxDoc, int width)
      throws IOException {
    List<FacetsCollector.MatchingDocs> docs = new ArrayList<>();
    double stride = maxDoc / (double) WINDOWS;
    int count = 0;
    for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
      Scorer scorer = w.scorer(ctx);
      if (scorer == null) {
        continue;
      }
      DocIdSetIterator it = scorer.iterator();
      Bits live = ctx.reader().getLiveDocs();
      int leafMax = ctx.reader().maxDoc();
      FixedBitSet bits = new FixedBitSet(leafMax);
      int here = 0;
      for (int k = 0; k < WINDOWS; k++) {
        long start = (long) Math.floor(k * stride) - ctx.docBase;
        long end = start + width;
        if (end <= 0 || start >= leafMax) {
          continue;
        }
        int target = (int) Math.max(0, start);
        int d = it.docID() >= target ? it.docID() : it.advance(target);
        for (; d < end && d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
          if (live == null || live.get(d)) {
            bits.set(d);
            here++;
          }
        }
        if (d == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
      }
      count += here;
      docs.add(matching(ctx, bits, here));
    }
    return new Collected(docs, count, maxDoc, true);
  }

  private static FacetsCollector.MatchingDocs matching(LeafReaderContext ctx, FixedBitSet bits,
      int count) {
    return new FacetsCollector.MatchingDocs(ctx, new BitDocIdSet(bits, count), count, null);
  }

  /** A facets collector that hands out matches gathered elsewhere. */
  private static final class Sampled extends FacetsCollector {
    private final List<MatchingDocs> docs;

    Sampled(List<MatchingDocs> docs) {
      this.docs = List.copyOf(docs);
    }

    @Override
    public List<MatchingDocs> getMatchingDocs() {
      return docs;
    }
  }
}
