package org.caspian.analysis.actors;

import java.util.Objects;
import org.caspian.model.ActorType;

/**
 * A generic institution or group that combines with a country ("army", "МИД", "ordusu").
 *
 * @param role CAMEO role appended to the country code
 * @param type type of the combined mention
 * @param label English label for the combined name
 * @param after may follow the country word ("Russian army")
 * @param before may precede it ("army of Russia", "армия России")
 * @param needsLinker true when "before" needs "of" between (English)
 * @param alone whether, and how, the noun is an actor without a country word next to it
 */
record RoleNoun(String role, ActorType type, String label, boolean after, boolean before,
    boolean needsLinker, Alone alone) {

  /** A role noun on its own ("the ministry said", "insurgents attacked"). */
  enum Alone {
    /** Not an actor alone (position after, before or both). */
    NO,
    /**
     * Position "alone": an institution of the country the article is about, taken from the
     * nearest country mention before it, else from the outlet's country; the mention is marked
     * inferred.
     */
    CONTEXT,
    /** Position "bare": a group with the role as code and no country ("insurgents": REB). */
    BARE;

    /** The mode of a role_nouns.tsv position value. */
    static Alone of(String position) {
      return switch (position) {
        case "alone" -> CONTEXT;
        case "bare" -> BARE;
        default -> NO;
      };
    }
  }

  RoleNoun {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(alone, "alone");
  }
}
