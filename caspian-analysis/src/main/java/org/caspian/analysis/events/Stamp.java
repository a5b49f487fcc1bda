package org.caspian.analysis.events;

import java.time.LocalDate;

/**
 * What every event coded from one trigger shares: who reports it, its date and its confidence
 * flags.
 *
 * @param attribution the speaker or "according to" source, "" when the article asserts it
 * @param date the resolved date, the publication date when the sentence gives none, or null
 * @param flags {@link Confidence} flags
 */
record Stamp(String attribution, LocalDate date, int flags) {}
