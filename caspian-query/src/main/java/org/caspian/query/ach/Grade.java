package org.caspian.query.ach;

import java.util.Locale;

/** A credibility or relevance grade of an evidence item, with its weight in the score. */
public enum Grade {
  LOW(0.5),
  MEDIUM(1.0),
  HIGH(1.5);

  private final double weight;

  Grade(double weight) {
    this.weight = weight;
  }

  /** The weight: low 0.5, medium 1, high 1.5. */
  public double weight() {
    return weight;
  }

  /**
   * "low", "medium" or "high" (any case).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Grade parse(String s) {
    if (s != null) {
      for (Grade g : values()) {
        if (g.name().equalsIgnoreCase(s.trim())) {
          return g;
        }
      }
    }
    throw new IllegalArgumentException("a grade must be low, medium or high, not: " + s);
  }

  /** Lower-case name. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
