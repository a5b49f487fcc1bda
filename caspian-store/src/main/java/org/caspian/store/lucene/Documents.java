package org.caspian.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.caspian.model.ActorMention;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Event;
import org.caspian.store.text.LanguageFields;

import static org.caspian.store.lucene.Schema.*;

/** Builds the Lucene documents of an article by the layout of {@link Schema}. */
final class Documents {
  private Documents() {}

  /**
   * The documents for one article: the article document first, then one per event.
   *
   * @param json the article's stored JSON line
   * @param hash digest of {@code json}
   * @param input fingerprint of the input and analysis, or null
   */
  static List<Document> documents(AnalyzedArticle a, String json, String hash, String input,
      FacetsConfig cfg) {
    List<Document> docs = new ArrayList<>(1 + a.events().size());
    try {
      Document article = articleDocument(a, json, hash);
      if (input != null) {
        article.add(new StringField(INPUT, input, Field.Store.YES));
      }
      docs.add(cfg.build(article));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int ordinal = 0;
    for (Event e : a.events()) {
      docs.add(eventDocument(a.article(), e, ordinal++));
    }
    return docs;
  }

  private static Document articleDocument(AnalyzedArticle a, String json, String hash) {
    Article art = a.article();
    Document d = new Document();
    d.add(new StringField(KIND, KIND_ARTICLE, Field.Store.NO));
    d.add(new StringField(ARTICLE_ID, art.id(), Field.Store.YES));
    d.add(new Field(TITLE, art.title(), SEARCHABLE_TEXT));
    d.add(new Field(TEXT, art.text(), SEARCHABLE_TEXT));
    if (LanguageFields.covers(a.language())) {
      d.add(new Field(LanguageFields.title(a.language()), art.title(), LanguageFields.TYPE));
      d.add(new Field(LanguageFields.text(a.language()), art.text(), LanguageFields.TYPE));
    }
    d.add(new StringField(SCHEMA, Integer.toString(VERSION), Field.Store.NO));
    d.add(new StringField(SOURCE, art.source(), Field.Store.YES));
    d.add(new StringField(LANGUAGE, a.language(), Field.Store.YES));
    d.add(new StoredField(URL, art.url()));
    addDay(d, PUBLISHED, MetaFields.chartDay(art));
    MetaFields.add(d, art);
    d.add(new StoredField(JSON, json));
    d.add(new StringField(HASH, hash, Field.Store.YES));
    facet(d, FACET_SOURCE, art.source());
    facet(d, FACET_LANGUAGE, a.language());
    Set<String> codes = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (ActorMention m : a.actors()) {
      codes.add(m.code());
      countries.add(m.country());
      if (!m.name().isBlank()) {
        names.add(m.name());
      }
    }
    for (String name : names) {
      d.add(new StringField(ACTOR_NAME, name, Field.Store.NO));
    }
    for (Event e : a.events()) {
      codes.add(e.source().code());
      codes.add(e.target().code());
      countries.add(e.source().country());
      countries.add(e.target().country());
    }
    for (String code : codes) {
      if (!code.isEmpty()) {
        d.add(new StringField(ACTOR, code, Field.Store.NO));
        facet(d, FACET_ACTOR, code);
      }
    }
    for (String country : countries) {
      if (!country.isEmpty()) {
        d.add(new StringField(ACTOR_COUNTRY, country, Field.Store.NO));
        facet(d, FACET_ACTOR_COUNTRY, country);
      }
    }
    return d;
  }

  private static Document eventDocument(Article art, Event e, int ordinal) {
    Document d = new Document();
    d.add(new StringField(KIND, KIND_EVENT, Field.Store.NO));
    d.add(new StringField(ARTICLE_ID, art.id(), Field.Store.YES));
    LocalDate date = e.date() != null ? e.date() : MetaFields.chartDay(art);
    addDay(d, DATE, date);
    d.add(new StoredField(DATE_STATED, Boolean.toString(e.date() != null)));
    d.add(new StringField(SRC_CODE, e.source().code(), Field.Store.YES));
    d.add(new StringField(SRC_COUNTRY, e.source().country(), Field.Store.YES));
    d.add(new StoredField(SRC_TEXT, e.source().text()));
    d.add(new StringField(TGT_CODE, e.target().code(), Field.Store.YES));
    d.add(new StringField(TGT_COUNTRY, e.target().country(), Field.Store.YES));
    d.add(new StoredField(TGT_TEXT, e.target().text()));
    d.add(new StringField(CAMEO, e.cameo(), Field.Store.YES));
    d.add(new StringField(ROOT, e.cameo().length() >= 2 ? e.cameo().substring(0, 2) : e.cameo(),
        Field.Store.YES));
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
    return d;
  }

  private static void addDay(Document d, String field, LocalDate date) {
    if (date != null) {
      long day = date.toEpochDay();
      d.add(new LongPoint(field, day));
      d.add(new NumericDocValuesField(field, day));
      d.add(new StoredField(field, day));
    }
  }

  private static void facet(Document d, String dim, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new SortedSetDocValuesFacetField(dim, value));
    }
  }
}
