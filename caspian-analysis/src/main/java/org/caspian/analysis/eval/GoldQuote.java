package org.caspian.analysis.eval;

import java.util.Objects;
import org.caspian.model.Span;

/**
 * One quote a human coder marked in a gold item.
 *
 * @param speaker the speaker's name ("Maria Zakharova"), or how the text calls them
 * @param speakerCode the speaker's actor code, empty when none fits
 * @param text the quoted or reported words, exactly as in the item text
 * @param direct true for words in quotation marks
 * @param span where {@code text} is in the item text
 */
public record GoldQuote(String speaker, String speakerCode, String text, boolean direct, Span span) {
  public GoldQuote {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerCode, "speakerCode");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
