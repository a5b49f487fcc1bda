package org.caspian.store.lucene;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.caspian.store.dedup.Bands;
import org.caspian.store.dedup.MinHash;

/**
 * Finds, among the documents a band-key query matches, the one whose MinHash signature doc value
 * is most similar to a given signature. Reads doc values only; compares at most {@value #LIMIT}
 * candidates per search, so a huge index of one topic costs a bounded time per article.
 */
final class ClosestSignature implements CollectorManager<ClosestSignature.Best,
    ClosestSignature.Best> {
  /** Candidates compared per search. */
  static final int LIMIT = 2_000;

  private final int[] signature;

  ClosestSignature(int[] signature) {
    this.signature = signature;
  }

  /** The best candidate of one slice: top-level doc id (-1 for none), signature, similarity. */
  static final class Best extends SimpleCollector {
    private final int[] target;
    int doc = -1;
    int[] signature;
    double similarity = -1;
    private int compared;
    private int docBase;
    private BinaryDocValues values;

    Best(int[] target) {
      this.target = target;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      docBase = context.docBase;
      values = context.reader().getBinaryDocValues(DuplicateFields.DUP_SIGNATURE);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (values == null || compared >= LIMIT || !values.advanceExact(doc)) {
        return;
      }
      compared++;
      BytesRef b = values.binaryValue();
      int[] sig = Bands.fromBytes(b.bytes, b.offset, b.length);
      if (sig != null) {
        double s = MinHash.similarity(target, sig);
        if (s > similarity) {
          similarity = s;
          signature = sig;
          this.doc = docBase + doc;
        }
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  @Override
  public Best newCollector() {
    return new Best(signature);
  }

  @Override
  public Best reduce(Collection<Best> collectors) {
    Best best = null;
    for (Best b : collectors) {
      if (best == null || b.similarity > best.similarity) {
        best = b;
      }
    }
    return best == null ? new Best(signature) : best;
  }
}
