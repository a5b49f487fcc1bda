package org.caspian.server.auth;

import java.util.Locale;

/** What a token may do: a reader may read (GET), an admin may also write. */
public enum TokenRole {
  READER,
  ADMIN;

  /** The lower-case name used in the token file and on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this role may do what {@code needed} may. */
  public boolean covers(TokenRole needed) {
    return compareTo(needed) >= 0;
  }

  /**
   * Reads {@code reader} or {@code admin} (any case).
   *
   * @throws IllegalArgumentException for anything else
   */
  public static TokenRole parse(String s) {
    for (TokenRole r : values()) {
      if (r.label().equalsIgnoreCase(s == null ? "" : s.trim())) {
        return r;
      }
    }
    throw new IllegalArgumentException("role must be reader or admin, not: " + s);
  }
}
