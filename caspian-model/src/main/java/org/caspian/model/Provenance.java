package org.caspian.model;

import java.util.Locale;

/** Where the value of an article field came from. */
public enum Provenance {
  /** Given explicitly by the input record: a text file's header block, a JSON Lines field. */
  INPUT,
  /** The feed or export item: an RSS/Atom entry, a Telegram post, a WARC record header. */
  FEED,
  /** The web page's metadata: JSON-LD, OpenGraph and other meta tags, {@code <time>}, links. */
  PAGE_META,
  /** Found in the visible text of the page or article. */
  TEXT,
  /** The time the item was fetched or archived: a fallback when nothing else gave a date. */
  FETCH_TIME;

  /** The lower-case label used in JSON and the index ("page_meta"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The value for a label written by {@link #label()}. */
  public static Provenance ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
