package org.caspian.query.series;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.caspian.query.DyadRow;
import org.caspian.query.DyadService;
import org.caspian.query.Granularity;

/**
 * The dyad series with its empty periods filled, and the periods the {@link EscalationRule} marks.
 * Thread-safe.
 */
public final class EscalationService {
  private final DyadService dyads;

  /** Reads series through {@code dyads}. */
  public EscalationService(DyadService dyads) {
    this.dyads = Objects.requireNonNull(dyads, "dyads");
  }

  /** The gap-free series between {@code a} and {@code b}. */
  public List<DyadRow> series(String a, String b, Granularity by, boolean includeAll)
      throws IOException {
    return SeriesGaps.fill(dyads.series(a, b, by, includeAll), by);
  }

  /** The marked periods of the gap-free series under {@code rule}. */
  public List<EscalationMarker> markers(String a, String b, Granularity by, boolean includeAll,
      EscalationRule rule) throws IOException {
    return rule.apply(series(a, b, by, includeAll));
  }
}
