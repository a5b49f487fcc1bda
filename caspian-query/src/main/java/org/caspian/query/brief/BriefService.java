package org.caspian.query.brief;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Quote;
import org.caspian.query.DyadRow;
import org.caspian.query.DyadService;
import org.caspian.query.Granularity;
import org.caspian.query.ach.AchMatrix;
import org.caspian.query.ach.AchService;
import org.caspian.query.ach.HypothesisScore;
import org.caspian.query.events.EventFilter;
import org.caspian.query.events.EventReader;
import org.caspian.query.events.EventRecord;
import org.caspian.query.framing.ArticleCorpus;
import org.caspian.query.framing.FramingComparison;
import org.caspian.query.framing.FramingService;
import org.caspian.query.series.EscalationRule;
import org.caspian.query.series.SeriesGaps;
import org.caspian.store.ArticleStore;

/**
 * Assembles a {@link Brief}. Key events: the asserted events of the dyad in the range with the
 * largest Goldstein magnitude (one per sentence), shown by date. Quotes: from the articles behind
 * the events, by speakers whose actor code starts with either side's code, direct quotes first,
 * at most two per speaker. Framing: side a's outlets against side b's (by {@code OutletSides}), over
 * the articles behind the dyad's events in the range. Chart granularity: days up to 62 days, weeks up to 366, months beyond. Thread-safe.
 */
public final class BriefService {
  /** Key events listed. */
  public static final int KEY_EVENTS = 10;
  /** Quotes listed. */
  public static final int QUOTES = 5;
  /** Framing terms per side. */
  public static final int TERMS = 8;

  private final EventReader events;
  private final DyadService dyads;
  private final ArticleStore articles;
  private final FramingService framing;
  private final ArticleCorpus corpus;

  /** A brief reads events, series, stored articles, article texts and framing through these. */
  public BriefService(EventReader events, DyadService dyads, ArticleStore articles,
      ArticleCorpus corpus, FramingService framing) {
    this.events = Objects.requireNonNull(events, "events");
    this.dyads = Objects.requireNonNull(dyads, "dyads");
    this.articles = Objects.requireNonNull(articles, "articles");
    this.framing = Objects.requireNonNull(framing, "framing");
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  /**
   * The brief on {@code a}–{@code b} from {@code from} to {@code to} (inclusive).
   *
   * @param ach where open hypotheses come from (every matrix), or null for none
   * @throws IllegalArgumentException when a date is missing or the range is reversed
   */
  public Brief brief(String a, String b, LocalDate from, LocalDate to, AchService ach)
      throws IOException {
    return brief(a, b, from, to, ach, Set.of());
  }

  /**
   * As {@link #brief(String, String, LocalDate, LocalDate, AchService)}, with the open hypotheses
   * of the named matrices only ({@code matrices} empty: all).
   *
   * @throws IllegalArgumentException when a named matrix does not exist
   */
  public Brief brief(String a, String b, LocalDate from, LocalDate to, AchService ach,
      Set<String> matrices) throws IOException {
    if (from == null || to == null) {
      throw new IllegalArgumentException("a brief needs --from and --to");
    }
    EventFilter filter = EventFilter.dyad(a, b, from, to);
    List<EventRecord> list = events.read(filter);
    Granularity by = granularity(from, to);
    List<DyadRow> series = SeriesGaps.fill(
        dyads.series(filter.dyadA(), filter.dyadB(), by, false), by, from, to);
    int[] quads = new int[4];
    double gold = 0;
    for (EventRecord e : list) {
      quads[e.quad() - 1]++;
      gold += e.goldstein();
    }
    String sideA = countryOf(filter.dyadA());
    String sideB = countryOf(filter.dyadB());
    Set<String> ids = new LinkedHashSet<>();
    list.forEach(e -> ids.add(e.articleId()));
    FramingComparison sides = framing.compare("side " + sideA, x -> x.side().equals(sideA),
        "side " + sideB, x -> x.side().equals(sideB), corpus.byIds(ids), TERMS);
    return new Brief(filter.dyadA(), filter.dyadB(), from, to, by, list.size(), quads,
        list.isEmpty() ? 0 : gold / list.size(), series, EscalationRule.DEFAULT.apply(series),
        keyEvents(list), quotes(list, filter.dyadA(), filter.dyadB()), sides,
        hypotheses(ach, matrices));
  }

  static Granularity granularity(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    return days <= 62 ? Granularity.DAY : days <= 366 ? Granularity.WEEK : Granularity.MONTH;
  }

  private static String countryOf(String code) {
    return code.length() > 3 ? code.substring(0, 3) : code;
  }

  static List<EventRecord> keyEvents(List<EventRecord> list) {
    Set<String> sentences = new HashSet<>();
    List<EventRecord> picked = new ArrayList<>();
    list.stream()
        .sorted(Comparator.comparingDouble((EventRecord e) -> -Math.abs(e.goldstein()))
            .thenComparing(EventRecord::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventRecord::key))
        .filter(e -> sentences.add(e.articleId() + "\t" + e.start()))
        .limit(KEY_EVENTS).forEach(picked::add);
    picked.sort(Comparator.comparing(EventRecord::date,
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(EventRecord::key));
    return picked;
  }

  private List<BriefQuote> quotes(List<EventRecord> list, String a, String b) {
    Set<String> ids = new LinkedHashSet<>();
    list.forEach(e -> ids.add(e.articleId()));
    List<BriefQuote> all = new ArrayList<>();
    for (String id : ids) {
      AnalyzedArticle art = articles.get(id).orElse(null);
      if (art == null) {
        continue;
      }
      for (Quote q : art.quotes()) {
        String code = q.speakerCode();
        if (!code.isEmpty() && (code.startsWith(countryOf(a)) || code.startsWith(countryOf(b)))
            && q.text().strip().length() >= 20) {
          all.add(new BriefQuote(id, art.article().source(), art.article().published(),
              q.speaker(), code, q.text().strip(), q.direct()));
        }
      }
    }
    all.sort(Comparator.comparing((BriefQuote q) -> !q.direct())
        .thenComparing(q -> -Math.min(q.text().length(), 300))
        .thenComparing(BriefQuote::articleId));
    Map<String, Integer> perSpeaker = new HashMap<>();
    List<BriefQuote> out = new ArrayList<>();
    for (BriefQuote q : all) {
      String who = q.speaker().isEmpty() ? q.speakerCode() : q.speaker();
      if (out.size() < QUOTES && perSpeaker.merge(who, 1, Integer::sum) <= 2) {
        out.add(q);
      }
    }
    return out;
  }

  private static List<BriefHypothesis> hypotheses(AchService ach, Set<String> matrices) {
    List<BriefHypothesis> out = new ArrayList<>();
    if (ach == null) {
      if (!matrices.isEmpty()) {
        throw new IllegalArgumentException("no ACH matrices in the workspace");
      }
      return out;
    }
    for (String name : matrices.isEmpty() ? ach.matrices() : List.copyOf(matrices)) {
      AchMatrix m = ach.matrix(name);
      int rank = 0;
      for (HypothesisScore s : m.ranking()) {
        rank++;
        if (s.hypothesis().open()) {
          out.add(new BriefHypothesis(name, s.hypothesis().id(), s.hypothesis().title(), rank,
              m.ranking().size(), s.inconsistent(), s.score()));
        }
      }
    }
    return out;
  }
}
