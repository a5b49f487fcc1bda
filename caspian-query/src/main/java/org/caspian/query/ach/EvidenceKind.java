package org.caspian.query.ach;

import java.util.Locale;

/** Where an evidence item comes from. */
public enum EvidenceKind {
  /** A coded event; reference "articleId#ordinal". */
  EVENT,
  /** A quote; reference "articleId#n", the n-th quote (0-based) of the article. */
  QUOTE,
  /** A whole article; reference its id. */
  ARTICLE,
  /** The analyst's own note; no reference. */
  NOTE;

  /**
   * "event", "quote", "article" or "note" (any case).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static EvidenceKind parse(String s) {
    if (s != null) {
      for (EvidenceKind k : values()) {
        if (k.name().equalsIgnoreCase(s.trim())) {
          return k;
        }
      }
    }
    throw new IllegalArgumentException("evidence kind must be event, quote, article or note, "
        + "not: " + s);
  }

  /** Lower-case name. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
