package org.caspian.query.brief;

import java.time.LocalDate;

/**
 * A quote chosen for a brief.
 *
 * @param articleId the article it is from
 * @param outlet the article's outlet
 * @param published the article's date, may be null
 * @param speaker who said it, may be empty
 * @param speakerCode the speaker's actor code, may be empty
 * @param text the words
 * @param direct true for words in quotation marks
 */
public record BriefQuote(String articleId, String outlet, LocalDate published, String speaker,
    String speakerCode, String text, boolean direct) {}
