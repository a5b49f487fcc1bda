package org.caspian.analysis.events;

import org.caspian.analysis.lexicon.WordTable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.caspian.analysis.events.ResolvedDate.Precision;
import org.caspian.model.Tokens;

/**
 * Resolves the date expressions that {@link DateCueFinder} finds to calendar dates.
 *
 * <p>Explicit dates ("December 25, 2024", "28 June 2025", "2025-06-28") resolve on their own. A
 * day and month without a year ("on June 28") take the year that puts them nearest before the
 * publication date (nearest after it for planned events). Weekdays ("on Monday") resolve to the
 * last such day on or before the publication date, or the next on or after it for planned events
 * and "next Monday". Words counted from the publication date ("yesterday", "last week", "earlier
 * this month") need it and resolve to {@code null} without it; words counted from an earlier date
 * ("the next day", "two days later") use the anchor: the most recent day-precise date mentioned
 * before them in the article. Coarse expressions resolve to their first day and say so in {@link
 * ResolvedDate#precision()}.
 *
 * <p>Immutable and thread-safe.
 */
final class EventDateResolver {
  private final DateCueFinder finder;

  EventDateResolver(WordTable words, DateLexicon dates, FunctionWords grammar) {
    this.finder = new DateCueFinder(words, dates, grammar);
  }

  /** Cues in tokens {@code [from, to)} of {@code text}, looking words up itself. */
  List<DateCue> find(String text, Tokens tokens, int from, int to) {
    return finder.find(text, tokens, from, to);
  }

  /** Cues in tokens {@code [from, to)}, with word ids already looked up in {@code wid}. */
  List<DateCue> find(String text, Tokens tokens, int[] wid, int from, int to) {
    return finder.find(text, tokens, wid, from, to);
  }

  /**
   * Resolves {@code cue}.
   *
   * @param published publication date, may be null
   * @param anchor the most recent day-precise date earlier in the article, may be null
   * @param future whether the event is planned (affects weekdays and years left implicit)
   * @return the date, or null when the cue cannot be resolved
   */
  static ResolvedDate resolve(DateCue cue, LocalDate published, LocalDate anchor, boolean future) {
    try {
      return switch (cue.type()) {
        case FULL -> day(LocalDate.of(cue.year(), cue.month(), cue.day()));
        case MONTH_DAY -> monthDay(cue, published != null ? published : anchor, future);
        case MONTH_YEAR -> new ResolvedDate(LocalDate.of(cue.year(), cue.month(), 1),
            Precision.MONTH);
        case MONTH -> month(cue, published != null ? published : anchor, future);
        case YEAR -> new ResolvedDate(LocalDate.of(cue.year(), 1, 1), Precision.YEAR);
        case WEEKDAY -> weekday(cue, published, future);
        case RELATIVE -> relative(cue, cue.fromAnchor() ? anchor : published);
      };
    } catch (DateTimeException e) {
      return null; // "February 30"
    }
  }

  private static ResolvedDate day(LocalDate d) {
    return new ResolvedDate(d, Precision.DAY);
  }

  private static ResolvedDate monthDay(DateCue cue, LocalDate ref, boolean future) {
    if (ref == null) {
      return null;
    }
    LocalDate best = null;
    for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
      LocalDate d = safeDate(y, cue.month(), cue.day());
      if (d == null) {
        continue;
      }
      boolean fits = future ? !d.isBefore(ref.minusDays(1)) : !d.isAfter(ref.plusDays(2));
      if (fits && (best == null || future == d.isBefore(best))) {
        best = d;
      }
    }
    return best == null ? null : day(best);
  }

  private static ResolvedDate month(DateCue cue, LocalDate ref, boolean future) {
    if (ref == null) {
      return null;
    }
    int y = ref.getYear();
    if (!future && cue.month() > ref.getMonthValue()) {
      y--;
    } else if (future && cue.month() < ref.getMonthValue()) {
      y++;
    }
    return new ResolvedDate(LocalDate.of(y, cue.month(), 1), Precision.MONTH);
  }

  private static ResolvedDate weekday(DateCue cue, LocalDate published, boolean future) {
    if (published == null) {
      return null;
    }
    DayOfWeek dow = DayOfWeek.of(cue.weekday());
    LocalDate d = cue.forward()
        ? published.with(TemporalAdjusters.next(dow))
        : future ? published.with(TemporalAdjusters.nextOrSame(dow))
            : published.with(TemporalAdjusters.previousOrSame(dow));
    return day(d);
  }

  private static ResolvedDate relative(DateCue cue, LocalDate base) {
    if (base == null) {
      return null;
    }
    LocalDate d = base.plus(cue.amount(), cue.unit());
    if (cue.unit() == ChronoUnit.MONTHS) {
      return new ResolvedDate(d.withDayOfMonth(1), Precision.MONTH);
    }
    if (cue.unit() == ChronoUnit.YEARS) {
      return new ResolvedDate(d.withDayOfYear(1), Precision.YEAR);
    }
    return new ResolvedDate(d, cue.unit() == ChronoUnit.WEEKS ? Precision.WEEK : Precision.DAY);
  }

  private static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
