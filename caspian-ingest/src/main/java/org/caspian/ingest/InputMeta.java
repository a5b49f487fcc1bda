package org.caspian.ingest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import org.caspian.ingest.source.Languages;
import org.caspian.ingest.source.Urls;
import org.caspian.model.ArticleField;
import org.caspian.model.ArticleMeta;
import org.caspian.model.Provenance;

/**
 * Builds the {@link ArticleMeta} of a plain-text or JSON Lines article from the fields its record
 * gave ({@link Provenance#INPUT}) and the title guessed from its text ({@link Provenance#TEXT}).
 * Not thread-safe: one per record.
 */
final class InputMeta {
  private final Map<ArticleField, Provenance> provenance = new EnumMap<>(ArticleField.class);
  private OffsetDateTime publishedAt;
  private String language = "";
  private String author = "";
  private String domain = "";

  /** Records that {@code field} was given by the input when {@code value} is not blank. */
  InputMeta given(ArticleField field, String value) {
    if (value != null && !value.isBlank()) {
      provenance.put(field, Provenance.INPUT);
    }
    return this;
  }

  /** Records that the title was guessed from the text. */
  InputMeta titleFromText() {
    provenance.put(ArticleField.TITLE, Provenance.TEXT);
    return this;
  }

  /** The URL's host becomes the domain. */
  InputMeta url(String url) {
    given(ArticleField.URL, url);
    domain = Urls.domain(url);
    given(ArticleField.DOMAIN, domain);
    return this;
  }

  /** The publication time, kept with its offset when the value has one. */
  InputMeta published(String value) {
    given(ArticleField.PUBLISHED, value);
    if (value != null && value.length() > 10 && value.indexOf('T') == 10) {
      try {
        publishedAt = OffsetDateTime.parse(value.strip());
      } catch (DateTimeParseException noOffset) {
        publishedAt = null;
      }
    }
    return this;
  }

  InputMeta author(String value) {
    if (value != null && !value.isBlank()) {
      author = value.strip();
      provenance.put(ArticleField.AUTHOR, Provenance.INPUT);
    }
    return this;
  }

  /** The declared language, kept when it names an ISO 639-1 language ("ru", "hy-AM"). */
  InputMeta language(String value) {
    String code = Languages.code(value);
    if (!code.isEmpty()) {
      language = code;
      provenance.put(ArticleField.LANGUAGE, Provenance.INPUT);
    }
    return this;
  }

  ArticleMeta build() {
    return new ArticleMeta(publishedAt, language, author, domain, "", "", provenance);
  }
}
