package org.caspian.query.events;

import java.time.LocalDate;

/**
 * One coded event with the facts of its article, flat, as exports and reports need it.
 *
 * @param articleId the article it was coded from
 * @param ordinal its position among the article's events (0-based)
 * @param date the event's date (its own, else the article's), null when neither is known
 * @param dateStated true when the text gave the event its own date
 * @param sourceCode actor code of the source ("RUSGOV")
 * @param sourceCountry its country ("RUS"), may be empty
 * @param sourceText how the text named it
 * @param targetCode actor code of the target
 * @param targetCountry its country, may be empty
 * @param targetText how the text named it
 * @param cameo CAMEO code ("111")
 * @param plover PLOVER category, may be empty
 * @param quad quad class 1..4
 * @param goldstein Goldstein weight
 * @param modality "asserted", "negated", "hypothetical" or "planned"
 * @param attribution who claims it, empty when the article asserts it itself
 * @param trigger the words that decided the code
 * @param sentence the sentence the event was coded from
 * @param start offset of the sentence in the article text
 * @param end end offset (exclusive)
 * @param outlet the article's outlet ("TASS")
 * @param title the article's headline
 * @param published the article's publication date, may be null
 * @param url the article's address, may be empty
 * @param language the article's language code
 * @param tone the article's tone (positive minus negative words, percent)
 * @param lead true when the sentence starts in the article's first paragraph (GDELT's root event)
 */
public record EventRecord(String articleId, int ordinal, LocalDate date, boolean dateStated,
    String sourceCode, String sourceCountry, String sourceText, String targetCode,
    String targetCountry, String targetText, String cameo, String plover, int quad,
    double goldstein, String modality, String attribution, String trigger, String sentence,
    int start, int end, String outlet, String title, LocalDate published, String url,
    String language, double tone, boolean lead) {

  /** The two-digit CAMEO root ("11"). */
  public String root() {
    return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
  }

  /** A key naming this event uniquely: article id and ordinal. */
  public String key() {
    return articleId + "#" + ordinal;
  }
}
