package org.caspian.query;

import java.time.LocalDate;

/**
 * One event behind a dyad bucket, with what is needed to show it and link to its sentence.
 *
 * @param articleId the article it was coded from
 * @param title the article's headline
 * @param outlet the article's source outlet
 * @param published the article's publication date, may be null
 * @param date the event's date (its own, else the article's)
 * @param dateStated true when the text gave the event its own date
 * @param sourceCode actor code of the source ("RUSGOV")
 * @param sourceCountry its country ("RUS")
 * @param sourceText how the text named it
 * @param targetCode actor code of the target
 * @param targetCountry its country
 * @param targetText how the text named it
 * @param cameo CAMEO code
 * @param quad quad class 1..4
 * @param goldstein Goldstein weight
 * @param modality "asserted", "negated", "hypothetical" or "planned"
 * @param sentence the sentence the event was coded from
 * @param start offset of the sentence in the article text
 * @param end end offset (exclusive) of the sentence
 * @param trigger the words that decided the code
 */
public record DyadEvent(String articleId, String title, String outlet, LocalDate published,
    LocalDate date, boolean dateStated, String sourceCode, String sourceCountry, String sourceText,
    String targetCode, String targetCountry, String targetText, String cameo, int quad,
    double goldstein, String modality, String sentence, int start, int end, String trigger) {}
