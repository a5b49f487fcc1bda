package org.caspian.store.lucene;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.caspian.model.Article;
import org.caspian.model.NearDuplicate;
import org.caspian.store.dedup.Bands;
import org.caspian.store.dedup.EarlierArticles;

/**
 * The index fields of near-duplicate detection on article documents: the MinHash signature
 * (stored), its band keys (indexed, for the candidate lookup) and the article's own mark
 * ({@link #DUP_OF}, {@link #DUP_CLUSTER} keywords, stored; {@link #DUP_SIMILARITY} stored), and
 * the reads {@link EarlierArticles} needs.
 */
final class DuplicateFields {
  /** Band keys of the signature (long points, multi-valued, not stored). */
  static final String DUP_BAND = "dup_band";
  /** The MinHash signature, 256 bytes (binary doc value: read per candidate without loading
   * stored fields). */
  static final String DUP_SIGNATURE = "dup_signature";
  /** Id of the earlier article this one is a near-duplicate of (keyword, stored). */
  static final String DUP_OF = "dup_of";
  /** Cluster id: the first-seen article of the story (keyword, stored). */
  static final String DUP_CLUSTER = "dup_cluster";
  /** Estimated similarity to {@link #DUP_OF} (stored). */
  static final String DUP_SIMILARITY = "dup_similarity";

  private static final Set<String> READ =
      Set.of(Schema.ARTICLE_ID, DUP_OF, DUP_CLUSTER, DUP_SIMILARITY);

  private DuplicateFields() {}

  static void add(Document d, Article art, int[] signature) {
    if (signature != null) {
      for (long key : Bands.keys(signature)) {
        d.add(new LongPoint(DUP_BAND, key));
      }
      d.add(new BinaryDocValuesField(DUP_SIGNATURE, new BytesRef(Bands.toBytes(signature))));
    }
    NearDuplicate m = art.meta().nearDuplicate();
    if (m != null) {
      d.add(new StringField(DUP_OF, m.of(), Field.Store.YES));
      d.add(new StringField(DUP_CLUSTER, m.cluster(), Field.Store.YES));
      d.add(new StoredField(DUP_SIMILARITY, m.similarity()));
    }
  }

  /** The stored article {@code id} as near-duplicate detection sees it, or null. */
  static EarlierArticles.Seen seen(IndexSearcher s, String id) throws IOException {
    TopDocs top = s.search(Schema.article(id), 1);
    return top.scoreDocs.length == 0 ? null : read(s, top.scoreDocs[0].doc);
  }

  /** See {@link EarlierArticles#closest}. */
  static EarlierArticles.Seen closest(IndexSearcher s, int[] signature, long[] keys)
      throws IOException {
    ClosestSignature.Best best = s.search(LongPoint.newSetQuery(DUP_BAND, keys),
        new ClosestSignature(signature));
    if (best.doc < 0) {
      return null;
    }
    EarlierArticles.Seen seen = read(s, best.doc);
    return new EarlierArticles.Seen(seen.id(), best.signature, seen.mark());
  }

  private static EarlierArticles.Seen read(IndexSearcher s, int doc) throws IOException {
    Document d = s.storedFields().document(doc, READ);
    String of = d.get(DUP_OF);
    NearDuplicate mark = null;
    if (of != null && d.get(DUP_CLUSTER) != null) {
      Number sim = d.getField(DUP_SIMILARITY) == null ? null
          : d.getField(DUP_SIMILARITY).numericValue();
      double similarity = sim == null ? 1 : Math.max(0, Math.min(1, sim.doubleValue()));
      mark = new NearDuplicate(of, d.get(DUP_CLUSTER), similarity);
    }
    return new EarlierArticles.Seen(d.get(Schema.ARTICLE_ID), null, mark);
  }
}
