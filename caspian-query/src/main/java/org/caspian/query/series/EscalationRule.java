package org.caspian.query.series;

import java.util.ArrayList;
import java.util.List;
import org.caspian.query.DyadRow;

/**
 * The escalation rule: a rolling z-score of the conflict count.
 *
 * <p>For each period t of a gap-free series (see {@link SeriesGaps}), take its conflict count
 * c(t) = quad3 + quad4 and the counts of the {@code window} periods before it (empty periods count
 * as 0). With the window's mean m and population standard deviation s, the score is z = (c(t) -
 * m) / max(s, {@code minSd}); the floor keeps a quiet window from turning one event into an
 * infinite score. The period is marked when at least {@code minHistory} earlier periods exist, z ≥
 * {@code threshold} and c(t) ≥ {@code minConflicts}. Defaults: window 6, threshold 2.0, minSd 1.0,
 * minConflicts 2, minHistory 3.
 *
 * @param window trailing periods in the baseline
 * @param threshold z-score at or above which a period is marked
 * @param minSd floor of the standard deviation
 * @param minConflicts fewest conflict events a marked period has
 * @param minHistory fewest earlier periods needed before anything is marked
 */
public record EscalationRule(int window, double threshold, double minSd, int minConflicts,
    int minHistory) {

  /** The default rule. */
  public static final EscalationRule DEFAULT = new EscalationRule(6, 2.0, 1.0, 2, 3);

  public EscalationRule {
    if (window < 1 || minHistory < 1 || minHistory > window) {
      throw new IllegalArgumentException("window must be >= 1 and minHistory in 1..window");
    }
    if (minSd <= 0) {
      throw new IllegalArgumentException("minSd must be positive");
    }
  }

  /** The marked periods of a gap-free series, in order. */
  public List<EscalationMarker> apply(List<DyadRow> series) {
    List<EscalationMarker> out = new ArrayList<>();
    for (int t = minHistory; t < series.size(); t++) {
      int from = Math.max(0, t - window);
      int n = t - from;
      double sum = 0;
      double goldSum = 0;
      int goldN = 0;
      for (int i = from; i < t; i++) {
        DyadRow r = series.get(i);
        sum += conflicts(r);
        if (r.events() > 0) {
          goldSum += r.goldsteinMean();
          goldN++;
        }
      }
      double mean = sum / n;
      double var = 0;
      for (int i = from; i < t; i++) {
        double d = conflicts(series.get(i)) - mean;
        var += d * d;
      }
      double sd = Math.sqrt(var / n);
      DyadRow r = series.get(t);
      int c = conflicts(r);
      double z = (c - mean) / Math.max(sd, minSd);
      if (z >= threshold && c >= minConflicts) {
        double shift = goldN == 0 ? 0 : r.goldsteinMean() - goldSum / goldN;
        out.add(new EscalationMarker(r.period(), c, mean, sd, z, r.goldsteinMean(), shift));
      }
    }
    return out;
  }

  private static int conflicts(DyadRow r) {
    return r.quad3() + r.quad4();
  }
}
