package org.caspian.analysis.actors;

import java.util.Objects;

/**
 * A title written before a name ("Foreign Minister", "глава МИД", "Prezidenti").
 *
 * @param key title key shared with people.tsv, or "-" for modifiers and honorifics
 * @param role CAMEO role for an unknown person named after it, may be empty
 * @param country ISO alpha-3 implied by the title itself ("Kremlin spokesman"), may be empty
 */
record Title(String key, String role, String country) {
  Title {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(country, "country");
  }

  /** A real title that can resolve a person on its own. */
  boolean isReal() {
    return !"-".equals(key);
  }

  /** "Mr.", "Dr.": enough to mark the next name as a person, but no role. */
  boolean isHonorific() {
    return "-".equals(key) && role.isEmpty();
  }
}
