package org.caspian.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.caspian.model.Modality;
import org.caspian.store.lucene.Schema;

/**
 * Counts asserted events per pair of different countries over a date range, reading each event's
 * stored countries and weight. Meant for short ranges (the overview's weeks): the cost grows with
 * the number of events in the range.
 */
final class DyadCounter {
  private static final Set<String> FIELDS =
      Set.of(Schema.SRC_COUNTRY, Schema.TGT_COUNTRY, Schema.GOLDSTEIN);

  private DyadCounter() {}

  static List<DyadCount> count(IndexSearcher s, LocalDate from, LocalDate to) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(Schema.kind(Schema.KIND_EVENT), Occur.FILTER)
        .add(new TermQuery(new Term(Schema.MODALITY, Modality.ASSERTED.label())), Occur.FILTER)
        .add(LongPoint.newRangeQuery(Schema.DATE, from.toEpochDay(), to.toEpochDay()),
            Occur.FILTER)
        .build();
    int n = Math.max(1, s.count(q));
    Map<String, double[]> pairs = new HashMap<>();
    var stored = s.storedFields();
    for (ScoreDoc sd : s.search(q, n).scoreDocs) {
      Document d = stored.document(sd.doc, FIELDS);
      String a = d.get(Schema.SRC_COUNTRY);
      String b = d.get(Schema.TGT_COUNTRY);
      if (a == null || b == null || a.isEmpty() || b.isEmpty() || a.equals(b)) {
        continue;
      }
      String key = a.compareTo(b) < 0 ? a + '-' + b : b + '-' + a;
      double[] t = pairs.computeIfAbsent(key, k -> new double[2]);
      t[0]++;
      t[1] += d.getField(Schema.GOLDSTEIN).numericValue().doubleValue();
    }
    List<DyadCount> out = new ArrayList<>(pairs.size());
    pairs.forEach((k, t) -> {
      int dash = k.indexOf('-');
      out.add(new DyadCount(k.substring(0, dash), k.substring(dash + 1), (int) t[0], t[1]));
    });
    return out;
  }
}
