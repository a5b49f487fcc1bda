package org.caspian.query.framing;

import java.time.LocalDate;

/**
 * A sentence a term occurs in.
 *
 * @param articleId the article
 * @param outlet its outlet
 * @param published its date, may be null
 * @param start offset of the sentence in the article text
 * @param end end offset (exclusive)
 * @param sentence the sentence
 */
public record TermOccurrence(String articleId, String outlet, LocalDate published, int start,
    int end, String sentence) {}
