package org.caspian.store.lucene;

import static org.caspian.store.lucene.Schema.*; // field names

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Event;

/**
 * The document of one coded event (field names in {@link Schema}): the dyad, codes, weights,
 * modality, date and sentence, the article's headline, outlet and date so a list of events needs
 * no join, and the keyword, text and facet fields an events search filters and counts on.
 */
final class EventFields {
  private EventFields() {}

  static Document document(AnalyzedArticle a, Event e, int ordinal) {
    Article art = a.article();
    Document d = new Document();
    d.add(new StringField(KIND, KIND_EVENT, Field.Store.NO));
    d.add(new StringField(ARTICLE_ID, art.id(), Field.Store.YES));
    LocalDate date = e.date() != null ? e.date() : MetaFields.chartDay(art);
    Schema.addDay(d, DATE, date);
    d.add(new StoredField(DATE_STATED, Boolean.toString(e.date() != null)));
    d.add(new StringField(SRC_CODE, e.source().code(), Field.Store.YES));
    d.add(new StringField(SRC_COUNTRY, e.source().country(), Field.Store.YES));
    d.add(new StoredField(SRC_TEXT, e.source().text()));
    d.add(new StringField(TGT_CODE, e.target().code(), Field.Store.YES));
    d.add(new StringField(TGT_COUNTRY, e.target().country(), Field.Store.YES));
    d.add(new StoredField(TGT_TEXT, e.target().text()));
    d.add(new StringField(CAMEO, e.cameo(), Field.Store.YES));
    d.add(new StringField(ROOT, Schema.root(e.cameo()), Field.Store.YES));
    d.add(new StoredField(PLOVER, e.plover()));
    d.add(new IntPoint(QUAD, e.quad()));
    d.add(new NumericDocValuesField(QUAD, e.quad()));
    d.add(new StoredField(QUAD, e.quad()));
    d.add(new DoublePoint(GOLDSTEIN, e.goldstein()));
    d.add(new DoubleDocValuesField(GOLDSTEIN, e.goldstein()));
    d.add(new StoredField(GOLDSTEIN, e.goldstein()));
    d.add(new StringField(MODALITY, e.modality().label(), Field.Store.YES));
    d.add(new StoredField(ATTRIBUTION, e.attribution()));
    d.add(new StoredField(TRIGGER, e.trigger()));
    d.add(new StoredField(SENTENCE, e.text()));
    d.add(new StoredField(START, e.span().start()));
    d.add(new StoredField(END, e.span().end()));
    d.add(new StoredField(ORDINAL, ordinal));
    d.add(new StoredField(ARTICLE_TITLE, art.title()));
    d.add(new StoredField(ARTICLE_SOURCE, art.source()));
    if (art.published() != null) {
      d.add(new StoredField(ARTICLE_PUBLISHED, art.published().toEpochDay()));
    }
    MetaFields.addToEvent(d, art);
    eventFilters(d, a, e);
    return d;
  }

  /** What the filters and facets of an events search need on an event document. */
  private static void eventFilters(Document d, AnalyzedArticle a, Event e) {
    Article art = a.article();
    d.add(new Field(EVENT_TEXT, e.text(), TextField.TYPE_NOT_STORED));
    d.add(new Field(EVENT_TITLE, art.title(), TextField.TYPE_NOT_STORED));
    d.add(new StringField(SOURCE, art.source(), Field.Store.NO));
    d.add(new StringField(LANGUAGE, a.language(), Field.Store.NO));
    Schema.facet(d, FACET_SOURCE, art.source());
    Schema.facet(d, FACET_LANGUAGE, a.language());
    Schema.facet(d, FACET_EVENT_TYPE, Schema.root(e.cameo()));
    Set<String> codes = new LinkedHashSet<>(List.of(e.source().code(), e.target().code()));
    Set<String> countries =
        new LinkedHashSet<>(List.of(e.source().country(), e.target().country()));
    for (String code : codes) {
      if (!code.isEmpty()) {
        d.add(new StringField(ACTOR, code, Field.Store.NO));
        Schema.facet(d, FACET_ACTOR, code);
      }
    }
    for (String country : countries) {
      if (!country.isEmpty()) {
        d.add(new StringField(ACTOR_COUNTRY, country, Field.Store.NO));
        Schema.facet(d, FACET_ACTOR_COUNTRY, country);
      }
    }
  }

}
