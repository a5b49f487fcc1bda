package org.caspian.analysis.events;

import java.time.temporal.ChronoUnit;

/**
 * A date expression found in a sentence, not yet resolved to a calendar date.
 *
 * @param first index of its first token (article-wide token index)
 * @param last index of its last token
 * @param type what kind of expression
 * @param year year when written, else 0
 * @param month month 1..12 when written, else 0
 * @param day day of month when written, else 0
 * @param weekday ISO day of week 1..7 for {@link Type#WEEKDAY}, else 0
 * @param fromAnchor for {@link Type#RELATIVE}: counted from the last explicit date in the article
 *     ("the next day") rather than from the publication date ("yesterday")
 * @param amount for {@link Type#RELATIVE}: how many units to add (negative for the past)
 * @param unit for {@link Type#RELATIVE}: days, weeks, months or years
 * @param forward for {@link Type#WEEKDAY}: "next Monday" (true) rather than "on Monday"
 * @param complement for {@link Type#RELATIVE}: the phrase dates the event named after it ("three
 *     days after the raids": the raids were three days before the anchor); the verb it follows
 *     cannot be dated by it
 */
record DateCue(
    int first,
    int last,
    Type type,
    int year,
    int month,
    int day,
    int weekday,
    boolean fromAnchor,
    int amount,
    ChronoUnit unit,
    boolean forward,
    boolean complement) {

  /** Kinds of date expression. */
  enum Type {
    /** "December 25, 2024", "28 June 2025", "2025-06-28". */
    FULL,
    /** "June 28", "28 June": the year comes from the publication date. */
    MONTH_DAY,
    /** "December 2024". */
    MONTH_YEAR,
    /** "in May". */
    MONTH,
    /** "in 2023". */
    YEAR,
    /** "on Monday", "last Friday", "next Tuesday". */
    WEEKDAY,
    /** "yesterday", "last week", "the next day", "two days later". */
    RELATIVE
  }

  static DateCue full(int first, int last, int y, int m, int d) {
    return new DateCue(first, last, Type.FULL, y, m, d, 0, false, 0, ChronoUnit.DAYS, false,
        false);
  }

  static DateCue monthDay(int first, int last, int m, int d) {
    return new DateCue(first, last, Type.MONTH_DAY, 0, m, d, 0, false, 0, ChronoUnit.DAYS, false,
        false);
  }

  static DateCue monthYear(int first, int last, int y, int m) {
    return new DateCue(first, last, Type.MONTH_YEAR, y, m, 0, 0, false, 0, ChronoUnit.MONTHS,
        false, false);
  }

  static DateCue month(int first, int last, int m) {
    return new DateCue(first, last, Type.MONTH, 0, m, 0, 0, false, 0, ChronoUnit.MONTHS, false,
        false);
  }

  static DateCue year(int first, int last, int y) {
    return new DateCue(first, last, Type.YEAR, y, 0, 0, 0, false, 0, ChronoUnit.YEARS, false,
        false);
  }

  static DateCue weekday(int first, int last, int weekday, boolean forward) {
    return new DateCue(first, last, Type.WEEKDAY, 0, 0, 0, weekday, false, 0, ChronoUnit.DAYS,
        forward, false);
  }

  static DateCue relative(int first, int last, boolean fromAnchor, int amount, ChronoUnit unit) {
    return relative(first, last, fromAnchor, amount, unit, false);
  }

  static DateCue relative(int first, int last, boolean fromAnchor, int amount, ChronoUnit unit,
      boolean complement) {
    return new DateCue(first, last, Type.RELATIVE, 0, 0, 0, 0, fromAnchor, amount, unit, false,
        complement);
  }
}
