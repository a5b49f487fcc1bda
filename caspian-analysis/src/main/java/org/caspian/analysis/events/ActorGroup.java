package org.caspian.analysis.events;

import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;

/**
 * One actor as the event rules see it: adjacent mentions of the same country merged ("Russian
 * President Vladimir Putin", "Russia's Foreign Ministry"), represented by the most specific one.
 *
 * @param first first token
 * @param last last token (inclusive)
 * @param main the mention that names the actor
 * @param partner index of a group sharing a hyphenated token with this one ("Russia-Azerbaijan"),
 *     or -1
 */
record ActorGroup(int first, int last, ActorMention main, int partner) {

  /** Whether it can be the source or target of an event at all: resolved and coded. */
  boolean actor() {
    return main.type() != ActorType.UNRESOLVED && !main.code().isEmpty();
  }

  boolean media() {
    return main.type() == ActorType.MEDIA;
  }

  ActorGroup withPartner(int p) {
    return new ActorGroup(first, last, main, p);
  }

  /** Name for attributions: canonical name, or the text when there is none. */
  String label() {
    return main.name().isEmpty() ? main.text() : main.name();
  }
}
