package org.caspian.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses the publication dates found in headers and JSON fields: ISO dates and date-times, RFC
 * 1123 ("Mon, 30 Jun 2025 10:00:00 GMT"), "June 30, 2025", "30 June 2025", "Jun 30, 2025".
 */
public final class DateParser {
  private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT),
      DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT));

  /** The date in {@code s}, or empty when it is blank or not a date we know. */
  public Optional<LocalDate> parse(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String t = s.strip();
    if (t.length() == 10 && t.charAt(4) == '-') {
      try {
        return Optional.of(LocalDate.parse(t));
      } catch (DateTimeParseException ignored) {
        // not an ISO date after all
      }
    }
    try {
      return Optional.of(OffsetDateTime.parse(t).toLocalDate());
    } catch (DateTimeParseException ignored) {
      // next
    }
    try {
      return Optional.of(ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException ignored) {
      // next
    }
    if (t.length() > 10 && t.charAt(4) == '-' && t.charAt(10) == 'T') {
      try {
        return Optional.of(LocalDate.parse(t.substring(0, 10)));
      } catch (DateTimeParseException ignored) {
        // next
      }
    }
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return Optional.of(LocalDate.parse(t, f));
      } catch (DateTimeParseException ignored) {
        // next
      }
    }
    return Optional.empty();
  }
}
