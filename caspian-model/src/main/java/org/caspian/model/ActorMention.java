package org.caspian.model;

import java.util.Objects;

/**
 * A stretch of text that names an actor.
 *
 * @param code CAMEO-style code: ISO 3166 alpha-3 plus role, e.g. {@code RUSGOV}, {@code AZEMED};
 *     empty for unresolved mentions
 * @param country ISO alpha-3 country, empty when none (international organisations, unresolved)
 * @param name canonical name of the actor ("Ilham Aliyev", "Russia")
 * @param type kind of actor
 * @param span where in the text
 * @param text the covered text as written
 * @param inferred true when the country was not written next to the mention but inferred: an
 *     institution named on its own ("the ministry said") takes the country of the nearest
 *     country mention before it in the article, else the country of the outlet
 */
public record ActorMention(String code, String country, String name, ActorType type, Span span,
    String text, boolean inferred) {

  /** A mention whose country, if any, is written in the text. */
  public ActorMention(String code, String country, String name, ActorType type, Span span,
      String text) {
    this(code, country, name, type, span, text, false);
  }

  public ActorMention {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  /** The reference an event or quote keeps to this actor. */
  public ActorRef ref() {
    return new ActorRef(code, country, text);
  }
}
