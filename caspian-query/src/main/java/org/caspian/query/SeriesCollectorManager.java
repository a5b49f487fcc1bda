package org.caspian.query;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.caspian.store.lucene.Schema;

/**
 * Sums matching event documents per epoch day from doc values (date, quad, Goldstein), without
 * loading stored fields. Days are rolled up into periods by the caller.
 */
final class SeriesCollectorManager
    implements CollectorManager<SeriesCollectorManager.DayCollector, Map<Long,
        SeriesCollectorManager.DayTotals>> {

  /** Running totals for one day or period. */
  static final class DayTotals {
    int events;
    final int[] quads = new int[4];
    double goldstein;

    void add(int quad, double weight) {
      events++;
      if (quad >= 1 && quad <= 4) {
        quads[quad - 1]++;
      }
      goldstein += weight;
    }

    void add(DayTotals other) {
      events += other.events;
      for (int i = 0; i < quads.length; i++) {
        quads[i] += other.quads[i];
      }
      goldstein += other.goldstein;
    }
  }

  /** Collects one search slice. */
  static final class DayCollector extends SimpleCollector {
    final Map<Long, DayTotals> days = new HashMap<>();
    private NumericDocValues date;
    private NumericDocValues quad;
    private NumericDocValues goldstein;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      date = DocValues.getNumeric(context.reader(), Schema.DATE);
      quad = DocValues.getNumeric(context.reader(), Schema.QUAD);
      goldstein = DocValues.getNumeric(context.reader(), Schema.GOLDSTEIN);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!date.advanceExact(doc)) {
        return; // neither the event nor its article has a date
      }
      int q = quad.advanceExact(doc) ? (int) quad.longValue() : 0;
      double g = goldstein.advanceExact(doc) ? Double.longBitsToDouble(goldstein.longValue()) : 0;
      days.computeIfAbsent(date.longValue(), k -> new DayTotals()).add(q, g);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  @Override
  public DayCollector newCollector() {
    return new DayCollector();
  }

  @Override
  public Map<Long, DayTotals> reduce(Collection<DayCollector> collectors) {
    Map<Long, DayTotals> all = new HashMap<>();
    for (DayCollector c : collectors) {
      c.days.forEach((day, t) -> all.computeIfAbsent(day, k -> new DayTotals()).add(t));
    }
    return all;
  }
}
