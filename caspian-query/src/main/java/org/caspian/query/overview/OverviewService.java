package org.caspian.query.overview;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caspian.query.CorpusQueries;
import org.caspian.query.DyadCount;
import org.caspian.query.FacetCount;
import org.caspian.query.PageRequest;
import org.caspian.query.SearchAnswer;
import org.caspian.query.SearchFilters;
import org.caspian.query.SearchHit;
import org.caspian.query.SearchRequest;

/**
 * Builds the overview from any {@link CorpusQueries}.
 *
 * <p>The rule for "dyads that changed most": the current window is the {@code days} days ending
 * on {@code asOf} (by default the newest article's date, so an archive that stopped growing still
 * has a meaningful week), the previous window the {@code days} days before it. For each pair of
 * different countries, asserted events dated in each window are counted in either direction; pairs
 * are ranked by the absolute change, then by the current count, then by name. Top actors are the
 * actor codes in the most articles published over both windows.
 */
public final class OverviewService {
  /** Window length when none is given. */
  public static final int DEFAULT_DAYS = 7;
  /** Longest window accepted. */
  public static final int MAX_DAYS = 366;

  private final CorpusQueries queries;

  /** An overview of what {@code queries} reads. */
  public OverviewService(CorpusQueries queries) {
    this.queries = Objects.requireNonNull(queries, "queries");
  }

  /**
   * The overview.
   *
   * @param asOf last day of the current window; null for the newest article's date (today when no
   *     article has one)
   * @param days window length, 1..{@value #MAX_DAYS}
   * @param limit most entries in each list, 1..{@value PageRequest#MAX_SIZE}
   * @throws IllegalArgumentException naming the parameter when one is out of range
   */
  public Overview overview(LocalDate asOf, int days, int limit) throws IOException {
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException(
          "parameter days must be between 1 and " + MAX_DAYS + ", not " + days);
    }
    PageRequest page = PageRequest.first(limit); // checks the limit
    LocalDate end = asOf != null ? asOf : queries.latestDate().orElse(LocalDate.now());
    LocalDate from = end.minusDays(days - 1L);
    LocalDate previousFrom = from.minusDays(days);
    List<SearchHit> latest = queries.searchArticles(
        new SearchRequest("", SearchFilters.NONE, page)).results().items();
    SearchAnswer<SearchHit> recent = queries.searchArticles(new SearchRequest("",
        SearchFilters.NONE.between(previousFrom, end), PageRequest.first(1)));
    List<FacetCount> actors = recent.facets().getOrDefault("actor", List.of());
    List<DyadChange> changes = changes(queries.dyadCounts(from, end),
        queries.dyadCounts(previousFrom, from.minusDays(1)), limit);
    return new Overview(queries.articleCount(), end, from, previousFrom, latest,
        actors.subList(0, Math.min(limit, actors.size())), changes);
  }

  static List<DyadChange> changes(List<DyadCount> current, List<DyadCount> previous, int limit) {
    Map<String, DyadCount[]> pairs = new HashMap<>();
    for (DyadCount c : current) {
      pairs.computeIfAbsent(c.a() + '-' + c.b(), k -> new DyadCount[2])[0] = c;
    }
    for (DyadCount c : previous) {
      pairs.computeIfAbsent(c.a() + '-' + c.b(), k -> new DyadCount[2])[1] = c;
    }
    List<DyadChange> out = new ArrayList<>();
    for (DyadCount[] p : pairs.values()) {
      DyadCount any = p[0] != null ? p[0] : p[1];
      int now = p[0] == null ? 0 : p[0].events();
      int before = p[1] == null ? 0 : p[1].events();
      out.add(new DyadChange(any.a(), any.b(), now, before, now - before, mean(p[0]),
          mean(p[1])));
    }
    out.sort(Comparator.comparingInt((DyadChange c) -> -Math.abs(c.change()))
        .thenComparingInt(c -> -c.current())
        .thenComparing(DyadChange::a)
        .thenComparing(DyadChange::b));
    return out.subList(0, Math.min(limit, out.size()));
  }

  private static double mean(DyadCount c) {
    return c == null || c.events() == 0 ? 0 : c.goldsteinSum() / c.events();
  }
}
