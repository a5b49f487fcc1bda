package org.caspian.model;

import java.util.Objects;

/**
 * The source or target of an event: a code, its country and the text that named it.
 *
 * @param code CAMEO-style actor code ({@code RUSGOV})
 * @param country ISO alpha-3 ({@code RUS}), may be empty
 * @param text surface text ("the Kremlin")
 */
public record ActorRef(String code, String country, String text) {
  public ActorRef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(text, "text");
  }
}
