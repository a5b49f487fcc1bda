package org.caspian.ingest.source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.caspian.ingest.ArticleIds;
import org.caspian.model.Article;
import org.caspian.model.ArticleField;
import org.caspian.model.ArticleMeta;
import org.caspian.model.Provenance;

/**
 * Collects an article's fields while a source reads them, recording where each came from. The
 * first value set for a field wins, so a reader sets fields from its most trusted origin first.
 * Not thread-safe: one draft per item.
 */
final class ArticleDraft {
  private final Map<ArticleField, Provenance> provenance = new EnumMap<>(ArticleField.class);
  private String title = "";
  private String source = "";
  private String url = "";
  private String canonicalUrl = "";
  private String author = "";
  private String language = "";
  private String domain = "";
  private String originalSource = "";
  private LocalDate published;
  private OffsetDateTime publishedAt;
  private String idKey = "";

  ArticleDraft title(String v, Provenance from) {
    if (title.isEmpty() && present(v)) {
      title = clean(v);
      provenance.put(ArticleField.TITLE, from);
    }
    return this;
  }

  ArticleDraft source(String v, Provenance from) {
    if (source.isEmpty() && present(v)) {
      source = clean(v);
      provenance.put(ArticleField.SOURCE, from);
    }
    return this;
  }

  /** Sets the address if {@code v} is an absolute http(s) URL; relative ones are dropped. */
  ArticleDraft url(String v, Provenance from) {
    if (url.isEmpty() && isWebUrl(v)) {
      url = v.strip();
      provenance.put(ArticleField.URL, from);
    }
    return this;
  }

  /** Sets the canonical URL if {@code v} is an absolute http(s) URL. */
  ArticleDraft canonicalUrl(String v, Provenance from) {
    if (canonicalUrl.isEmpty() && isWebUrl(v)) {
      canonicalUrl = v.strip();
      provenance.put(ArticleField.CANONICAL_URL, from);
    }
    return this;
  }

  ArticleDraft author(String v, Provenance from) {
    if (author.isEmpty() && present(v)) {
      author = clean(v);
      provenance.put(ArticleField.AUTHOR, from);
    }
    return this;
  }

  /** Sets the declared language if {@code v} names one ("ru", "ru-RU", "hy_AM"). */
  ArticleDraft language(String v, Provenance from) {
    String code = Languages.code(v);
    if (language.isEmpty() && !code.isEmpty()) {
      language = code;
      provenance.put(ArticleField.LANGUAGE, from);
    }
    return this;
  }

  ArticleDraft domain(String v, Provenance from) {
    if (domain.isEmpty() && present(v)) {
      domain = v;
      provenance.put(ArticleField.DOMAIN, from);
    }
    return this;
  }

  ArticleDraft originalSource(String v, Provenance from) {
    if (originalSource.isEmpty() && present(v)) {
      originalSource = clean(v);
      provenance.put(ArticleField.ORIGINAL_SOURCE, from);
    }
    return this;
  }

  ArticleDraft published(DateStamp d, Provenance from) {
    if (published == null && d != null) {
      published = d.date();
      publishedAt = d.at();
      provenance.put(ArticleField.PUBLISHED, from);
    }
    return this;
  }

  boolean hasPublished() {
    return published != null || publishedAt != null;
  }

  /**
   * When nothing gave a date: the fetch time becomes {@code publishedAt}, marked as a fallback;
   * the publication date itself stays unknown.
   */
  ArticleDraft fallbackDate(Instant fetchedAt) {
    if (published == null && publishedAt == null) {
      publishedAt = OffsetDateTime.ofInstant(fetchedAt, ZoneOffset.UTC);
      provenance.put(ArticleField.PUBLISHED, Provenance.FETCH_TIME);
    }
    return this;
  }

  /** What the id is computed from when the article has no URL (a Telegram chat and post id). */
  ArticleDraft idKey(String key) {
    idKey = key;
    return this;
  }

  String url() {
    return url;
  }

  String canonicalUrl() {
    return canonicalUrl;
  }

  /** The article with {@code text} as its body; the domain defaults to the URL's host. */
  Article build(String text, ArticleIds ids) {
    String address = canonicalUrl.isEmpty() ? url : canonicalUrl;
    domain(Urls.domain(address), provenance.getOrDefault(
        canonicalUrl.isEmpty() ? ArticleField.URL : ArticleField.CANONICAL_URL, Provenance.FEED));
    String id = ids.idFor(address.isEmpty() ? idKey : address, text);
    ArticleMeta meta = new ArticleMeta(publishedAt, language, author, domain, canonicalUrl,
        originalSource, provenance);
    return new Article(id, title, source, url, published, text, meta);
  }

  private static boolean isWebUrl(String v) {
    java.net.URI u = Urls.uri(v);
    return u != null && u.getHost() != null
        && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
  }

  private static boolean present(String v) {
    return v != null && !v.isBlank();
  }

  private static String clean(String v) {
    return v.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
