package org.caspian.analysis.framing;

import java.time.LocalDate;

/**
 * One row of the frame lexicon.
 *
 * @param surface the form as written in the lexicon (without a trailing {@code *})
 * @param term canonical term
 * @param side whose vocabulary
 * @param frame the concept the paired terms name
 * @param since first publication date the row applies to, or {@code null}
 * @param until last publication date the row applies to, or {@code null}
 * @param caseSensitive whether letters must match case exactly
 */
record FrameEntry(String surface, String term, String side, String frame, LocalDate since,
    LocalDate until, boolean caseSensitive) {

  boolean appliesTo(LocalDate date) {
    return (since == null || !date.isBefore(since)) && (until == null || !date.isAfter(until));
  }

  /** The end of the period, for ordering rows: open-ended rows are the latest. */
  LocalDate periodEnd() {
    return until == null ? LocalDate.MAX : until;
  }
}
