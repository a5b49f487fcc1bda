package org.caspian.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The width of a time-series bucket and how its periods are labelled: {@code 2025-06-30} (day),
 * {@code 2025-W27} (ISO-8601 week, Monday to Sunday, in its week-based year) and {@code 2025-06}
 * (month). Labels of one granularity sort in time order as plain strings.
 */
public enum Granularity {
  DAY,
  WEEK,
  MONTH;

  private static final Pattern DAY_LABEL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern WEEK_LABEL = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH_LABEL = Pattern.compile("\\d{4}-\\d{2}");

  /** The granularity named {@code s} ("day", "week", "month", any case). */
  public static Granularity parse(String s) {
    if (s != null) {
      for (Granularity g : values()) {
        if (g.name().equalsIgnoreCase(s.trim())) {
          return g;
        }
      }
    }
    throw new IllegalArgumentException("granularity must be day, week or month, not: " + s);
  }

  /** The label of the period containing {@code date}. */
  public String label(LocalDate date) {
    switch (this) {
      case DAY:
        return date.toString();
      case WEEK:
        return String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
            date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      default:
        return YearMonth.from(date).toString();
    }
  }

  /** The first day of the period labelled {@code period}. */
  public LocalDate first(String period) {
    if (period == null || period.isBlank()) {
      throw new IllegalArgumentException("a " + label() + " period is required");
    }
    try {
      switch (this) {
        case DAY:
          require(DAY_LABEL.matcher(period), period);
          return LocalDate.parse(period);
        case WEEK:
          Matcher m = WEEK_LABEL.matcher(period);
          require(m, period);
          LocalDate inWeekOne = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4);
          LocalDate monday = inWeekOne
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
              .with(ChronoField.DAY_OF_WEEK, 1);
          if (!label(monday).equals(period)) { // week 53 of a 52-week year, or week 00
            throw new IllegalArgumentException("no such week: " + period);
          }
          return monday;
        default:
          require(MONTH_LABEL.matcher(period), period);
          return YearMonth.parse(period).atDay(1);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a " + label() + " period: " + period, e);
    }
  }

  /** The last day (inclusive) of the period labelled {@code period}. */
  public LocalDate last(String period) {
    LocalDate first = first(period);
    switch (this) {
      case DAY:
        return first;
      case WEEK:
        return first.plusDays(6);
      default:
        return first.plusMonths(1).minusDays(1);
    }
  }

  /** Lower-case name ("week"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  private void require(Matcher m, String period) {
    if (!m.matches()) {
      throw new IllegalArgumentException("not a " + label() + " period: " + period);
    }
  }
}
