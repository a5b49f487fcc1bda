package org.caspian.query;

import java.util.Locale;

/** What a search lists: matching articles, or the coded events of matching sentences. */
public enum SearchMode {
  ARTICLES,
  EVENTS;

  /** The lower-case name used in URLs. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads {@code articles} or {@code events} (any case).
   *
   * @throws IllegalArgumentException naming the parameter for anything else
   */
  public static SearchMode parse(String s) {
    for (SearchMode m : values()) {
      if (m.label().equalsIgnoreCase(s.trim())) {
        return m;
      }
    }
    throw new IllegalArgumentException("parameter mode must be articles or events, not: " + s);
  }
}
