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
 */
record RoleNoun(String role, ActorType type, String label, boolean after, boolean before,
    boolean needsLinker) {
  RoleNoun {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
  }
}
