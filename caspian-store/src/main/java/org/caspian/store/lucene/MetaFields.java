package org.caspian.store.lucene;

import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.caspian.model.Article;
import org.caspian.model.ArticleMeta;
import org.caspian.model.OutletRef;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * The index fields of an article's source metadata ({@link ArticleMeta}), added next to the
 * fields {@link Schema} defines; the full metadata is also in the stored JSON.
 *
 * <p>A fallback time (only the fetch time, see {@link ArticleMeta#publishedIsFallback()}) is kept
 * in the stored JSON only, not indexed as {@link Schema#PUBLISHED}, {@link #PUBLISHED_AT} or
 * an event's {@link Schema#DATE}, so time series and date filters do not count it and show no
 * false spike on the fetch day.
 */
public final class MetaFields {
  /** Publication instant, epoch second: point, doc value and stored. Absent when unknown. */
  public static final String PUBLISHED_AT = "published_at";
  /** "true" when the article's date is only the fetch time (keyword, stored). */
  public static final String PUBLISHED_FALLBACK = "published_fallback";
  /** The outlet's host name (keyword, stored). */
  public static final String DOMAIN = "domain";
  /** Author as the source names them (keyword, stored). */
  public static final String AUTHOR = "author";
  /** Canonical URL the outlet declares (stored). */
  public static final String CANONICAL_URL = "canonical_url";
  /** Who first published a forwarded or syndicated copy (keyword, stored). */
  public static final String ORIGINAL_SOURCE = "original_source";
  /** Language the source declared (keyword, stored). */
  public static final String SOURCE_LANGUAGE = "source_language";
  /** Registry id of the article's outlet (keyword, stored). */
  public static final String OUTLET = "outlet";
  /** The outlet's country, ISO 3166-1 alpha-2 (keyword, stored, facet). */
  public static final String OUTLET_COUNTRY = "outlet_country";
  /** The outlet's side: state, state-funded, public, private, independent, exile (keyword,
   * stored, facet). */
  public static final String OUTLET_SIDE = "outlet_side";
  /** On event documents: "true" when the article is a near-duplicate copy (keyword). */
  public static final String ARTICLE_COPY = "article_copy";
  /** The outlet's type: wire, broadcaster, think-tank, ... (keyword, stored). */
  public static final String OUTLET_TYPE = "outlet_type";

  private MetaFields() {}

  /** The article's date as time series should count it: {@code null} for a fallback date. */
  static LocalDate chartDay(Article art) {
    return art.meta().publishedIsFallback() ? null : art.published();
  }

  static void add(Document d, Article art) {
    ArticleMeta m = art.meta();
    if (m.publishedAt() != null && !m.publishedIsFallback()) {
      long second = m.publishedAt().toEpochSecond();
      d.add(new LongPoint(PUBLISHED_AT, second));
      d.add(new NumericDocValuesField(PUBLISHED_AT, second));
      d.add(new StoredField(PUBLISHED_AT, second));
    }
    d.add(new StringField(PUBLISHED_FALLBACK, Boolean.toString(m.publishedIsFallback()),
        Field.Store.YES));
    keyword(d, DOMAIN, m.domain());
    keyword(d, AUTHOR, m.author());
    keyword(d, SOURCE_LANGUAGE, m.language());
    keyword(d, ORIGINAL_SOURCE, m.originalSource());
    if (!m.canonicalUrl().isEmpty()) {
      d.add(new StoredField(CANONICAL_URL, m.canonicalUrl()));
    }
    OutletRef o = m.outlet();
    if (o != null) {
      keyword(d, OUTLET, o.id());
      outletFacet(d, OUTLET_COUNTRY, o.country());
      outletFacet(d, OUTLET_SIDE, o.side());
      keyword(d, OUTLET_TYPE, o.type());
    }
  }

  /**
   * The outlet's country and side (filters and facets) and whether the article is a
   * near-duplicate copy, on an event document, so event counts and event searches can be split by
   * outlet and copies left out.
   */
  static void addToEvent(Document d, Article art) {
    if (art.meta().nearDuplicate() != null) {
      d.add(new StringField(ARTICLE_COPY, "true", Field.Store.NO));
    }
    OutletRef o = art.meta().outlet();
    if (o != null) {
      outletFacet(d, OUTLET_COUNTRY, o.country());
      outletFacet(d, OUTLET_SIDE, o.side());
    }
  }

  private static void outletFacet(Document d, String field, String value) {
    if (!value.isEmpty()) {
      d.add(new StringField(field, value, Field.Store.YES));
      d.add(new SortedSetDocValuesFacetField(field, value));
    }
  }

  private static void keyword(Document d, String field, String value) {
    if (!value.isEmpty()) {
      d.add(new StringField(field, value, Field.Store.YES));
    }
  }
}
