package org.caspian.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
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
  /** Band keys of the signature (keyword, multi-valued, not stored). */
  static final String DUP_BAND = "dup_band";
  /** The MinHash signature, 256 bytes (stored). */
  static final String DUP_SIGNATURE = "dup_signature";
  /** Id of the earlier article this one is a near-duplicate of (keyword, stored). */
  static final String DUP_OF = "dup_of";
  /** Cluster id: the first-seen article of the story (keyword, stored). */
  static final String DUP_CLUSTER = "dup_cluster";
  /** Estimated similarity to {@link #DUP_OF} (stored). */
  static final String DUP_SIMILARITY = "dup_similarity";

  /** Candidates read per lookup: copies of one story beyond this are rarely all needed. */
  private static final int MAX_CANDIDATES = 64;
  private static final Set<String> READ =
      Set.of(Schema.ARTICLE_ID, DUP_SIGNATURE, DUP_OF, DUP_CLUSTER, DUP_SIMILARITY);

  private DuplicateFields() {}

  static void add(Document d, Article art, int[] signature) {
    if (signature != null) {
      for (String key : Bands.keys(signature)) {
        d.add(new StringField(DUP_BAND, key, Field.Store.NO));
      }
      d.add(new StoredField(DUP_SIGNATURE, new BytesRef(Bands.toBytes(signature))));
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

  /** Stored articles sharing a band key with {@code keys}, most shared keys first. */
  static List<EarlierArticles.Seen> sharingAnyBand(IndexSearcher s, Collection<String> keys)
      throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String k : keys) {
      any.add(new ConstantScoreQuery(new TermQuery(new Term(DUP_BAND, k))), Occur.SHOULD);
    }
    TopDocs top = s.search(any.build(), MAX_CANDIDATES);
    List<EarlierArticles.Seen> out = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      out.add(read(s, sd.doc));
    }
    return out;
  }

  private static EarlierArticles.Seen read(IndexSearcher s, int doc) throws IOException {
    Document d = s.storedFields().document(doc, READ);
    BytesRef sig = d.getBinaryValue(DUP_SIGNATURE);
    int[] signature = sig == null ? null : Bands.fromBytes(sig.bytes, sig.offset, sig.length);
    String of = d.get(DUP_OF);
    NearDuplicate mark = null;
    if (of != null && d.get(DUP_CLUSTER) != null) {
      Number sim = d.getField(DUP_SIMILARITY) == null ? null
          : d.getField(DUP_SIMILARITY).numericValue();
      double similarity = sim == null ? 1 : Math.max(0, Math.min(1, sim.doubleValue()));
      mark = new NearDuplicate(of, d.get(DUP_CLUSTER), similarity);
    }
    return new EarlierArticles.Seen(d.get(Schema.ARTICLE_ID), signature, mark);
  }
}
