package org.caspian.query.overview;

import java.time.LocalDate;
import java.util.List;
import org.caspian.query.FacetCount;
import org.caspian.query.SearchHit;

/**
 * What the overview page shows.
 *
 * @param articles articles stored
 * @param asOf the last day of the current window
 * @param from the first day of the current window
 * @param previousFrom the first day of the previous window (which ends the day before {@code from})
 * @param latest the newest articles
 * @param topActors actors in the most articles of the current and previous window
 * @param changes the dyads that changed most, see {@link OverviewService}
 */
public record Overview(long articles, LocalDate asOf, LocalDate from, LocalDate previousFrom,
    List<SearchHit> latest, List<FacetCount> topActors, List<DyadChange> changes) {
  public Overview {
    latest = List.copyOf(latest);
    topActors = List.copyOf(topActors);
    changes = List.copyOf(changes);
  }
}
