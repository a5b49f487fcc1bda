package org.caspian.ingest.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that feeds and pages actually carry, keeping the offset when one is given: ISO
 * 8601, RFC 822 and its malformed variants ("Thu,28 Jul 2022 4:35:5 GMT+9"), "June 30, 2025",
 * "30 июня 2025 14:20", "30.06.2025", with English, Russian, Azerbaijani or Armenian month names.
 * A time without a zone gives the date only. Thread-safe.
 */
public final class LenientDates {
  private static final String TIME =
      "(?:[T\\s]*,?\\s*(?:at\\s+|в\\s+)?(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,]\\d+)?)?"
          + "\\s*([AaPp][Mm])?)?";
  private static final Pattern ISO = Pattern.compile(
      "^(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME + "\\s*(.*)$");
  private static final Pattern YMD_SLASH = Pattern.compile(
      "^(\\d{4})/(\\d{1,2})/(\\d{1,2})" + TIME + "\\s*(.*)$");
  private static final Pattern DMY_NUMERIC = Pattern.compile(
      "^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})" + TIME + "\\s*(.*)$");
  private static final Pattern DMY_NAMED = Pattern.compile(
      "^(?:\\p{L}{2,12}\\.?,?\\s*)?(\\d{1,2})[\\s-]+(\\p{L}{3,12})\\.?,?[\\s-]+(\\d{2,4})"
          + "(?:\\s*(?:г\\.|года|թ\\.|il)?)" + TIME + "\\s*(.*)$");
  private static final Pattern MDY_NAMED = Pattern.compile(
      "^(?:\\p{L}{2,12}\\.?,?\\s*)?(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
          + TIME + "\\s*(.*)$");
  private static final Pattern OFFSET = Pattern.compile(
      "^(?:GMT|UTC|UT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?$");
  private static final Pattern IN_TEXT = Pattern.compile(
      "(?iu)(?<![\\p{L}\\d])(?:(\\d{1,2})\\s+(" + MonthNames.ALTERNATION + ")\\.?,?\\s+(\\d{4})"
          + "|(" + MonthNames.ALTERNATION + ")\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"
          + "|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\p{L}\\d])");
  private static final Map<String, Integer> NAMED_ZONES = Map.ofEntries(
      Map.entry("GMT", 0), Map.entry("UTC", 0), Map.entry("UT", 0), Map.entry("Z", 0),
      Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
      Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
      Map.entry("KST", 9), Map.entry("MSK", 3), Map.entry("AZT", 4), Map.entry("AMT", 4),
      Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("EET", 2),
      Map.entry("EEST", 3));

  private final MonthNames months = new MonthNames();

  /** The date in {@code s}, which should hold a date and nothing else. */
  public Optional<DateStamp> parse(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String t = s.strip().replaceAll("\\s+", " ");
    if (t.length() > 80) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(t);
    if (m.matches()) {
      return stamp(m.group(1), m.group(2), m.group(3), m, 4);
    }
    m = YMD_SLASH.matcher(t);
    if (m.matches()) {
      return stamp(m.group(1), m.group(2), m.group(3), m, 4);
    }
    m = DMY_NUMERIC.matcher(t);
    if (m.matches()) {
      return stamp(m.group(3), m.group(2), m.group(1), m, 4);
    }
    m = DMY_NAMED.matcher(t);
    if (m.matches() && months.month(m.group(2)) > 0) {
      return stamp(year(m.group(3)), Integer.toString(months.month(m.group(2))), m.group(1), m, 4);
    }
    m = MDY_NAMED.matcher(t);
    if (m.matches() && months.month(m.group(1)) > 0) {
      return stamp(m.group(3), Integer.toString(months.month(m.group(1))), m.group(2), m, 4);
    }
    return Optional.empty();
  }

  /** The first date written in running text (no time, no zone), if any. */
  public Optional<LocalDate> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = IN_TEXT.matcher(text);
    while (m.find()) {
      Optional<LocalDate> d;
      if (m.group(1) != null) {
        d = date(m.group(3), months.month(m.group(2)), m.group(1));
      } else if (m.group(4) != null) {
        d = date(m.group(6), months.month(m.group(4)), m.group(5));
      } else if (m.group(7) != null) {
        d = date(m.group(9), Integer.parseInt(m.group(8)), m.group(7));
      } else {
        d = date(m.group(10), Integer.parseInt(m.group(11)), m.group(12));
      }
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String year(String y) {
    if (y.length() == 2) {
      int v = Integer.parseInt(y);
      return Integer.toString(v < 70 ? 2000 + v : 1900 + v);
    }
    return y;
  }

  /** Builds the stamp from date parts and the time groups starting at {@code g}. */
  private static Optional<DateStamp> stamp(String y, String mo, String d, Matcher m, int g) {
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    if (date.getYear() < 1900 || date.getYear() > 2200) {
      return Optional.empty();
    }
    if (m.group(g) == null) {
      return Optional.of(DateStamp.of(date));
    }
    LocalTime time;
    try {
      int h = Integer.parseInt(m.group(g));
      String ampm = m.group(g + 3);
      if (ampm != null) {
        if (h < 1 || h > 12) {
          return Optional.empty();
        }
        h = h % 12 + (ampm.equalsIgnoreCase("pm") ? 12 : 0);
      }
      int sec = m.group(g + 2) == null ? 0 : Integer.parseInt(m.group(g + 2));
      time = LocalTime.of(h, Integer.parseInt(m.group(g + 1)), sec);
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    ZoneOffset offset = offset(m.group(g + 4));
    if (offset == null) {
      return Optional.of(DateStamp.of(date));
    }
    return Optional.of(DateStamp.of(OffsetDateTime.of(date, time, offset)));
  }

  /** The offset written in {@code zone}, or {@code null} when none or unknown. */
  private static ZoneOffset offset(String zone) {
    if (zone == null || zone.isBlank()) {
      return null;
    }
    String z = zone.strip().toUpperCase(Locale.ROOT);
    Integer named = NAMED_ZONES.get(z);
    if (named != null) {
      return ZoneOffset.ofHours(named);
    }
    Matcher m = OFFSET.matcher(z);
    if (!m.matches()) {
      return null;
    }
    try {
      int h = Integer.parseInt(m.group(2));
      int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      int sign = m.group(1).equals("-") ? -1 : 1;
      return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
