package org.caspian.analysis.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar date and how precise the text was about it. Coarse dates are represented by their
 * first day: "last month" is the 1st of that month with {@link Precision#MONTH}.
 *
 * @param date the day
 * @param precision how much of the date the text gave
 */
record ResolvedDate(LocalDate date, Precision precision) {

  /** How much of a date the text pinned down. */
  enum Precision {
    DAY,
    WEEK,
    MONTH,
    YEAR
  }

  ResolvedDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
  }
}
