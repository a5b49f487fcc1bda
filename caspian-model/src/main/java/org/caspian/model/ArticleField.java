package org.caspian.model;

import java.util.Locale;

/** The article fields whose {@link Provenance} is recorded. */
public enum ArticleField {
  TITLE,
  SOURCE,
  URL,
  CANONICAL_URL,
  PUBLISHED,
  AUTHOR,
  LANGUAGE,
  DOMAIN,
  ORIGINAL_SOURCE,
  /** The registry outlet: its provenance is that of the URL or name it was recognised by. */
  OUTLET;

  /** The lower-case label used in JSON and the index ("canonical_url"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The value for a label written by {@link #label()}. */
  public static ArticleField ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
