package org.caspian.analysis.eval;

import java.util.Objects;

/**
 * Micro-averaged counts for one annotation layer.
 *
 * @param layer layer name ("actors", "events", "quotes")
 * @param gold how many gold annotations
 * @param predicted how many the pipeline produced
 * @param truePositives how many predictions matched a gold annotation (one-to-one)
 */
public record LayerScore(String layer, int gold, int predicted, int truePositives) {
  public LayerScore {
    Objects.requireNonNull(layer, "layer");
    if (gold < 0 || predicted < 0 || truePositives < 0
        || truePositives > gold || truePositives > predicted) {
      throw new IllegalArgumentException("inconsistent counts for " + layer + ": gold=" + gold
          + " predicted=" + predicted + " tp=" + truePositives);
    }
  }

  /** An empty score for {@code layer}. */
  public static LayerScore zero(String layer) {
    return new LayerScore(layer, 0, 0, 0);
  }

  /** Adds another score's counts to this one. */
  public LayerScore plus(LayerScore o) {
    return new LayerScore(layer, gold + o.gold, predicted + o.predicted,
        truePositives + o.truePositives);
  }

  /** tp / predicted; 1 when nothing was predicted and nothing was expected, else 0 if none. */
  public double precision() {
    if (predicted == 0) {
      return gold == 0 ? 1.0 : 0.0;
    }
    return (double) truePositives / predicted;
  }

  /** tp / gold; 1 when the gold layer is empty. */
  public double recall() {
    return gold == 0 ? 1.0 : (double) truePositives / gold;
  }

  /** Harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
