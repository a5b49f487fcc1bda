package org.caspian.analysis.actors;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One role a person held.
 *
 * @param code CAMEO-style code while the role lasts ("ARMGOV")
 * @param title title key ("prime minister"), may be empty
 * @param from first day, or null when open
 * @param to last day, or null when open
 */
record Role(String code, String title, LocalDate from, LocalDate to) {
  Role {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
  }

  /** True when {@code date} falls within the role. */
  boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
