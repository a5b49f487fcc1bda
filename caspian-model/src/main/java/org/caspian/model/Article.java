package org.caspian.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news item as ingested: what every stage reads.
 *
 * @param id stable identifier (content hash of the canonical URL or of the normalised text)
 * @param title headline, may be empty
 * @param source outlet name as given by the input (for example "TASS"), may be empty
 * @param url canonical URL, may be empty
 * @param published publication date, or {@code null} when unknown
 * @param text the body; all spans point into this string
 */
public record Article(
    String id, String title, String source, String url, LocalDate published, String text) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    title = title == null ? "" : title;
    source = source == null ? "" : source;
    url = url == null ? "" : url;
  }
}
