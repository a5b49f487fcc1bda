package org.caspian.query.ach;

import java.util.Locale;

/**
 * How an evidence item bears on a hypothesis, on Heuer's scale. Only inconsistency counts towards
 * a hypothesis's score: {@link #INCONSISTENT} 1, {@link #VERY_INCONSISTENT} 2.
 */
public enum Consistency {
  VERY_CONSISTENT("CC", 0),
  CONSISTENT("C", 0),
  NEUTRAL("N", 0),
  INCONSISTENT("I", 1),
  VERY_INCONSISTENT("II", 2),
  NOT_APPLICABLE("NA", 0);

  private final String code;
  private final int inconsistency;

  Consistency(String code, int inconsistency) {
    this.code = code;
    this.inconsistency = inconsistency;
  }

  /** The matrix code ("CC", "C", "N", "I", "II", "NA"). */
  public String code() {
    return code;
  }

  /** What the rating adds to a hypothesis's inconsistency before weighting. */
  public int inconsistency() {
    return inconsistency;
  }

  /**
   * Reads a code or a name: "C", "consistent", "very-inconsistent", "II", "neutral", "na".
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Consistency parse(String s) {
    if (s != null) {
      String t = s.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
      for (Consistency c : values()) {
        if (c.code.equals(t) || c.name().equals(t)) {
          return c;
        }
      }
    }
    throw new IllegalArgumentException("a rating must be CC, C, N, I, II or NA (or consistent, "
        + "inconsistent, neutral, very-consistent, very-inconsistent, not-applicable), not: " + s);
  }
}
