package org.caspian.query.events;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which events to read. Every part is optional (null means no restriction).
 *
 * @param dyadA with {@code dyadB}: events between the two, in either direction; each is an ISO
 *     alpha-3 country ("RUS") or a full actor code ("RUSGOV")
 * @param dyadB the other side of the dyad
 * @param actor events whose source or target is this country or actor code
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param includeAll also negated, planned and hypothetical events (asserted ones only otherwise)
 */
public record EventFilter(String dyadA, String dyadB, String actor, LocalDate from, LocalDate to,
    boolean includeAll) {

  public EventFilter {
    dyadA = code(dyadA);
    dyadB = code(dyadB);
    actor = code(actor);
    if ((dyadA == null) != (dyadB == null)) {
      throw new IllegalArgumentException("a dyad needs two actors");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }

  /** Every asserted event. */
  public static EventFilter all() {
    return new EventFilter(null, null, null, null, null, false);
  }

  /** Asserted events between {@code a} and {@code b} in the date range (either end may be null). */
  public static EventFilter dyad(String a, String b, LocalDate from, LocalDate to) {
    return new EventFilter(a, b, null, from, to, false);
  }

  /**
   * Parses a dyad written {@code A-B} ("RUS-AZE").
   *
   * @throws IllegalArgumentException naming the value when it is not two codes joined by '-'
   */
  public static String[] parseDyad(String s) {
    String[] p = s == null ? new String[0] : s.trim().split("-", -1);
    if (p.length != 2 || p[0].isBlank() || p[1].isBlank()) {
      throw new IllegalArgumentException("--dyad must be two actors joined by '-', like RUS-AZE, "
          + "not: " + s);
    }
    return new String[] {p[0].trim(), p[1].trim()};
  }

  /** This filter with every modality included or not. */
  public EventFilter withAll(boolean all) {
    return new EventFilter(dyadA, dyadB, actor, from, to, all);
  }

  private static String code(String s) {
    return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
  }
}
