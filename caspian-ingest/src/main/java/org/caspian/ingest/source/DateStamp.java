package org.caspian.ingest.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A publication date as far as a source gave it.
 *
 * @param date the calendar date (in the source's own offset when it gave one)
 * @param at the instant with its offset, or {@code null} when the source gave a date, or a time
 *     without a zone, only
 */
public record DateStamp(LocalDate date, OffsetDateTime at) {
  public DateStamp {
    Objects.requireNonNull(date, "date");
    if (at != null && !at.toLocalDate().equals(date)) {
      throw new IllegalArgumentException("date " + date + " is not the date of " + at);
    }
  }

  static DateStamp of(OffsetDateTime at) {
    return new DateStamp(at.toLocalDate(), at);
  }

  static DateStamp of(LocalDate date) {
    return new DateStamp(date, null);
  }
}
