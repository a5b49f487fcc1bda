package org.caspian.analysis.quotes;

/**
 * A stretch of text that may be a quote, with where its attribution is, before speakers are
 * resolved.
 *
 * @param anchor offset that orders resolution (the opening mark, the verb or the source marker)
 * @param direct words in quotation marks (true) or reported speech (false)
 * @param start first character of the quoted words
 * @param end offset after the quoted words
 * @param mode how to read the attribution window, or null when there is none
 * @param from first token of the attribution window
 * @param to token after the attribution window
 * @param attributionEnd offset after the quote and its attribution
 * @param opensSentence whether a direct quote starts its sentence (it may continue an earlier one)
 * @param words number of words quoted
 */
record Candidate(int anchor, boolean direct, int start, int end, SpeakerFinder.Mode mode, int from,
    int to, int attributionEnd, boolean opensSentence, int words) {}
