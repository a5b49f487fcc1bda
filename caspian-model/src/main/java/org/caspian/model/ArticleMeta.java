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
 * @param outlet the registry outlet the article was resolved to, or {@code null} when none matched
 * @param nearDuplicate the mark of a near-duplicate of an article seen earlier, or {@code null}
 */
public record ArticleMeta(
    OffsetDateTime publishedAt,
    String language,
    String author,
    String domain,
    String canonicalUrl,
    String originalSource,
    Map<ArticleField, Provenance> provenance,
    OutletRef outlet,
    NearDuplicate nearDuplicate) {

  /** No metadata: what articles read before sources recorded any carry. */
  public static final ArticleMeta NONE =
      new ArticleMeta(null, "", "", "", "", "", Map.of());

  /** Metadata as a source gives it: no outlet resolved, no near-duplicate mark yet. */
  public ArticleMeta(OffsetDateTime publishedAt, String language, String author, String domain,
      String canonicalUrl, String originalSource, Map<ArticleField, Provenance> provenance) {
    this(publishedAt, language, author, domain, canonicalUrl, originalSource, provenance, null,
        null);
  }

  public ArticleMeta {
    language = language == null ? "" : language;
    author = author == null ? "" : author;
    domain = domain == null ? "" : domain;
    canonicalUrl = canonicalUrl == null ? "" : canonicalUrl;
    originalSource = originalSource == null ? "" : originalSource;
    provenance = provenance == null || provenance.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(provenance));
  }

  /** This metadata with {@code ref} as the outlet, its provenance recorded as {@code from}. */
  public ArticleMeta withOutlet(OutletRef ref, Provenance from) {
    Map<ArticleField, Provenance> p = new EnumMap<>(ArticleField.class);
    p.putAll(provenance);
    if (ref != null && from != null) {
      p.put(ArticleField.OUTLET, from);
    } else {
      p.remove(ArticleField.OUTLET);
    }
    return new ArticleMeta(publishedAt, language, author, domain, canonicalUrl, originalSource, p,
        ref, nearDuplicate);
  }

  /** This metadata with {@code mark} as its near-duplicate mark ({@code null} for none). */
  public ArticleMeta withNearDuplicate(NearDuplicate mark) {
    return new ArticleMeta(publishedAt, language, author, domain, canonicalUrl, originalSource,
        provenance, outlet, mark);
  }

  /** This metadata with {@code from} recorded as the provenance of {@code field}. */
  public ArticleMeta withProvenance(ArticleField field, Provenance from) {
    Map<ArticleField, Provenance> p = new EnumMap<>(ArticleField.class);
    p.putAll(provenance);
    p.put(field, from);
    return new ArticleMeta(publishedAt, language, author, domain, canonicalUrl, originalSource, p,
        outlet, nearDuplicate);
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
