package org.caspian.query.framing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weighted log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008,
 * section 3.5). For word w, counts y(w,i) in group i with n(i) words in all, and prior
 * pseudo-counts a(w) = scale × y(w,prior) with a0 = the sum of a(w):
 *
 * <pre>
 *   delta(w) = ln[(y(w,A) + a(w)) / (n(A) + a0 - y(w,A) - a(w))]
 *            - ln[(y(w,B) + a(w)) / (n(B) + a0 - y(w,B) - a(w))]
 *   var(w)  ≈ 1 / (y(w,A) + a(w)) + 1 / (y(w,B) + a(w))
 *   z(w)    = delta(w) / sqrt(var(w))
 * </pre>
 *
 * A positive z leans to A, a negative one to B. Words absent from the prior get no pseudo-count
 * and are skipped when either group lacks them (their variance would be infinite).
 */
public final class LogOdds {
  private LogOdds() {}

  /** One word's figures. */
  public record Score(String term, int countA, int countB, double prior, double delta,
      double variance, double z) {}

  /**
   * Scores every word of either group.
   *
   * @param a word counts of group A
   * @param b word counts of group B
   * @param prior word counts of the background (usually A and B pooled, or the whole corpus)
   * @param scale multiplier of the prior counts (1 gives the prior as much weight as its counts)
   */
  public static List<Score> score(Map<String, Integer> a, Map<String, Integer> b,
      Map<String, Integer> prior, double scale) {
    if (scale <= 0) {
      throw new IllegalArgumentException("prior scale must be positive: " + scale);
    }
    double nA = sum(a);
    double nB = sum(b);
    double a0 = sum(prior) * scale;
    Set<String> words = new HashSet<>(a.keySet());
    words.addAll(b.keySet());
    List<Score> out = new ArrayList<>(words.size());
    for (String w : words) {
      int yA = a.getOrDefault(w, 0);
      int yB = b.getOrDefault(w, 0);
      double aw = prior.getOrDefault(w, 0) * scale;
      if (yA + aw <= 0 || yB + aw <= 0) {
        continue;
      }
      double delta = Math.log((yA + aw) / (nA + a0 - yA - aw))
          - Math.log((yB + aw) / (nB + a0 - yB - aw));
      double var = 1.0 / (yA + aw) + 1.0 / (yB + aw);
      out.add(new Score(w, yA, yB, aw, delta, var, delta / Math.sqrt(var)));
    }
    return out;
  }

  private static double sum(Map<String, Integer> counts) {
    double s = 0;
    for (int v : counts.values()) {
      s += v;
    }
    return s;
  }
}
