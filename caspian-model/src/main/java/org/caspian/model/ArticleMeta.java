package org.caspian.model;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a source says about an article beyond its text, title, outlet and date.
 *
 * @param publishedAt publication instant with the offset the source gave (UTC when it gave an
 *     instant only), or {@code null} when no time is known; when {@link #publishedIsFallback()},
 *     the fetch time instead (and the article's {@code published} date stays unknown)
 * @param language ISO 639-1 code declared by the source ({@code <html lang>}, the feed's
 *     {@code <language>}), empty when the source declared none; the analysis detects its own
 * @param author author or authors as the source names them, empty when unknown
 * @param domain the outlet's host name without {@code www.} ("tass.ru"), empty when unknown; the
 *     outlet's name is {@link Article#source()}
 * @param canonicalUrl the URL the outlet declares canonical ({@code <link rel=canonical>},
 *     {@code og:url}, JSON-LD), empty when none was declared
 * @param originalSource who first published it when this copy was forwarded or syndicated (a
 *     Telegram post's {@code forwarded_from}), empty otherwise
 * @param provenance where each known field came from
 */
public record ArticleMeta(
    OffsetDateTime publishedAt,
    String language,
    String author,
    String domain,
    String canonicalUrl,
    String originalSource,
    Map<ArticleField, Provenance> provenance) {

  /** No metadata: what articles read before sources recorded any carry. */
  public static final ArticleMeta NONE =
      new ArticleMeta(null, "", "", "", "", "", Map.of());

  public ArticleMeta {
    language = language == null ? "" : language;
    author = author == null ? "" : author;
    domain = domain == null ? "" : domain;
    canonicalUrl = canonicalUrl == null ? "" : canonicalUrl;
    originalSource = originalSource == null ? "" : originalSource;
    provenance = provenance == null || provenance.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(provenance));
  }

  /** Where {@code field} came from, or {@code null} when not recorded. */
  public Provenance provenanceOf(ArticleField field) {
    return provenance.get(field);
  }

  /**
   * True when {@link #publishedAt()} is only the fetch or archive time because nothing gave a
   * date: it is kept, but the article's date stays unknown, so time series show no false spikes.
   */
  public boolean publishedIsFallback() {
    return provenance.get(ArticleField.PUBLISHED) == Provenance.FETCH_TIME;
  }
}
