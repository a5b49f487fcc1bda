package org.caspian.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news item as ingested: what every stage reads.
 *
 * @param id stable identifier (content hash of the canonical URL or of the normalised text)
 * @param title headline, may be empty
 * @param source outlet name as given by the input (for example "TASS"), may be empty
 * @param url the URL the article was read from (feed link, page address), may be empty; the
 *     outlet's declared canonical URL, when different, is {@link ArticleMeta#canonicalUrl()}
 * @param published publication date, or {@code null} when unknown; when {@code meta} has a
 *     {@code publishedAt} that is not a fallback and this is {@code null}, it is that instant's
 *     date. A fallback (only the fetch time) leaves it {@code null}, so the analysis does not
 *     resolve relative dates against it and charts do not count it
 * @param text the body; all spans point into this string
 * @param meta timestamp with offset, declared language, author, domain, canonical URL and the
 *     provenance of each field; {@link ArticleMeta#NONE} when the input gave none
 */
public record Article(
    String id, String title, String source, String url, LocalDate published, String text,
    ArticleMeta meta) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    title = title == null ? "" : title;
    source = source == null ? "" : source;
    url = url == null ? "" : url;
    meta = meta == null ? ArticleMeta.NONE : meta;
    if (published == null && meta.publishedAt() != null && !meta.publishedIsFallback()) {
      published = meta.publishedAt().toLocalDate();
    }
  }

  /** This article with other metadata. */
  public Article withMeta(ArticleMeta m) {
    return new Article(id, title, source, url, published, text, m);
  }

  /** An article without metadata beyond the date. */
  public Article(
      String id, String title, String source, String url, LocalDate published, String text) {
    this(id, title, source, url, published, text, ArticleMeta.NONE);
  }
}
