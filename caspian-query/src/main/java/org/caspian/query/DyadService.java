package org.caspian.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.caspian.model.Modality;
import org.caspian.store.lucene.Schema;
import org.caspian.store.lucene.SearcherSource;

/**
 * Dyad time series: the events between two actors, in either direction, counted per day, ISO week
 * or month, with quad-class counts and Goldstein sum and mean; and the events behind one bucket.
 *
 * <p>An actor is given as an ISO alpha-3 country ("RUS", matching every Russian actor) or a full
 * actor code ("RUSGOV"). Only asserted events count unless {@code includeAll} is set (then negated,
 * hypothetical and planned ones count too). An event without its own date counts on its article's
 * publication date; one with neither is left out. Thread-safe.
 */
public final class DyadService {
  /** Most events {@link #events} returns for one bucket. */
  public static final int MAX_EVENTS = 1000;

  private static final Sort BY_DATE =
      new Sort(new SortField(Schema.DATE, SortField.Type.LONG), SortField.FIELD_DOC);

  private final SearcherSource source;

  /** Reads events through {@code source} (a {@code LuceneStore}). */
  public DyadService(SearcherSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * The series for {@code a} and {@code b}, one row per non-empty bucket, sorted by period.
   *
   * @throws IllegalArgumentException when an actor is blank
   */
  public List<DyadRow> series(String a, String b, Granularity by, boolean includeAll)
      throws IOException {
    return series(a, b, by, includeAll, DyadFilter.NONE);
  }

  /**
   * The series as {@link #series(String, String, Granularity, boolean)}, counting only the events
   * of articles that pass {@code filter} (outlet side, near-duplicate copies).
   */
  public List<DyadRow> series(String a, String b, Granularity by, boolean includeAll,
      DyadFilter filter) throws IOException {
    Objects.requireNonNull(by, "by");
    Query q = filter.apply(query(actor(a, "a"), actor(b, "b"), includeAll));
    Map<Long, SeriesCollectorManager.DayTotals> days =
        source.withSearcher(s -> s.search(q, new SeriesCollectorManager()));
    Map<String, SeriesCollectorManager.DayTotals> buckets = new TreeMap<>();
    days.forEach((day, totals) -> buckets
        .computeIfAbsent(by.label(LocalDate.ofEpochDay(day)), k -> new SeriesCollectorManager.DayTotals())
        .add(totals));
    List<DyadRow> rows = new ArrayList<>(buckets.size());
    buckets.forEach((period, t) -> rows.add(new DyadRow(period, t.events, t.quads[0], t.quads[1],
        t.quads[2], t.quads[3], t.goldstein, t.events == 0 ? 0 : t.goldstein / t.events)));
    return rows;
  }

  /**
   * The events of one bucket, by date then article, at most {@link #MAX_EVENTS}.
   *
   * @param period a label as returned in {@link DyadRow#period()} for granularity {@code by}
   * @throws IllegalArgumentException when an actor is blank or the period is not a {@code by} label
   */
  public List<DyadEvent> events(String a, String b, String period, Granularity by,
      boolean includeAll) throws IOException {
    Query q = bucket(a, b, period, by, includeAll);
    return source.withSearcher(
        s -> EventLoader.load(s, s.search(q, MAX_EVENTS, BY_DATE).scoreDocs));
  }

  /**
   * One page of the events of one bucket, by date then article, with their total.
   *
   * @param period a label as returned in {@link DyadRow#period()} for granularity {@code by}
   * @throws IllegalArgumentException when an actor is blank or the period is not a {@code by} label
   */
  public ResultPage<DyadEvent> events(String a, String b, String period, Granularity by,
      boolean includeAll, PageRequest page) throws IOException {
    return events(a, b, period, by, includeAll, DyadFilter.NONE, page);
  }

  /**
   * One page of the events of one bucket that pass {@code filter}, as {@link #events(String,
   * String, String, Granularity, boolean, PageRequest)}.
   */
  public ResultPage<DyadEvent> events(String a, String b, String period, Granularity by,
      boolean includeAll, DyadFilter filter, PageRequest page) throws IOException {
    Query q = filter.apply(bucket(a, b, period, by, includeAll));
    return source.withSearcher(s -> {
      ScoreDoc[] top = s.search(q, page.depth(), BY_DATE).scoreDocs;
      int from = Math.min(page.offset(), top.length);
      List<DyadEvent> items =
          EventLoader.load(s, Arrays.copyOfRange(top, from, top.length));
      return new ResultPage<>(items, s.count(q), page.page(), page.size());
    });
  }

  private static Query bucket(String a, String b, String period, Granularity by,
      boolean includeAll) {
    Objects.requireNonNull(by, "by");
    LocalDate first = by.first(period);
    LocalDate last = by.last(period);
    return new BooleanQuery.Builder()
        .add(query(actor(a, "a"), actor(b, "b"), includeAll), Occur.FILTER)
        .add(LongPoint.newRangeQuery(Schema.DATE, first.toEpochDay(), last.toEpochDay()),
            Occur.FILTER)
        .build();
  }

  /** Events of either direction between the two actors, asserted ones only unless all. */
  static Query query(String a, String b, boolean includeAll) {
    Query either = new BooleanQuery.Builder()
        .add(ActorSides.direction(a, b), Occur.SHOULD)
        .add(ActorSides.direction(b, a), Occur.SHOULD)
        .setMinimumNumberShouldMatch(1)
        .build();
    BooleanQuery.Builder q = new BooleanQuery.Builder()
        .add(Schema.kind(Schema.KIND_EVENT), Occur.FILTER)
        .add(either, Occur.FILTER);
    if (!includeAll) {
      q.add(new TermQuery(new Term(Schema.MODALITY, Modality.ASSERTED.label())), Occur.FILTER);
    }
    return q.build();
  }

  private static String actor(String s, String name) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("actor " + name + " is missing");
    }
    return s.trim().toUpperCase(Locale.ROOT);
  }
}
