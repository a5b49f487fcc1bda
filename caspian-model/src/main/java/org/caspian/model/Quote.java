package org.caspian.model;

import java.util.Objects;

/**
 * Something somebody said, directly or reported.
 *
 * @param speaker canonical name of the speaker, or the text naming them when unresolved; empty when
 *     unknown
 * @param speakerCode actor code of the speaker, empty when unknown
 * @param text the quoted words (without quotation marks)
 * @param span where the quoted words are
 * @param direct true for words in quotation marks, false for reported speech
 */
public record Quote(String speaker, String speakerCode, String text, Span span, boolean direct) {
  public Quote {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerCode, "speakerCode");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
