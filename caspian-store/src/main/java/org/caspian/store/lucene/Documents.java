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
   * @param signature the text's MinHash signature for near-duplicate lookup, or null
   */
  static List<Document> documents(AnalyzedArticle a, String json, String hash, String input,
      int[] signature, FacetsConfig cfg) {
    List<Document> docs = new ArrayList<>(1 + a.events().size());
    try {
      Document article = articleDocument(a, json, hash);
      DuplicateFields.add(article, a.article(), signature);
      if (input != null) {
        article.add(new StringField(INPUT, input, Field.Store.YES));
      }
      docs.add(cfg.build(article));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int ordinal = 0;
    try {
      for (Event e : a.events()) {
        docs.add(cfg.build(EventFields.document(a, e, ordinal++)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    Set<String> roots = new LinkedHashSet<>();
    for (Event e : a.events()) {
      roots.add(root(e.cameo()));
    }
    for (String root : roots) {
      if (!root.isEmpty()) {
        d.add(new StringField(ROOT, root, Field.Store.NO));
        facet(d, FACET_EVENT_TYPE, root);
      }
    }
    return d;
  }
}
