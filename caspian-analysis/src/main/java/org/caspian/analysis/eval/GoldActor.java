package org.caspian.analysis.eval;

import java.util.Objects;
import org.caspian.model.Span;

/**
 * One actor mention a human coder marked in a gold item.
 *
 * @param text the words that name the actor, exactly as in the item text
 * @param code CAMEO-style actor code ({@code RUSGOV}, {@code AZE})
 * @param span where {@code text} is in the item text
 */
public record GoldActor(String text, String code, Span span) {
  public GoldActor {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(span, "span");
  }
}
