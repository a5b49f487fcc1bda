package org.caspian.store.lucene;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.caspian.store.text.LanguageFields;

/**
 * The whole index layout in one place: field names, how each is indexed, the analyzer and the facet
 * configuration. Two kinds of document share the index:
 *
 * <ul>
 *   <li>{@value #KIND_ARTICLE}: one per article, with title and text analysed for full-text search
 *       (Unicode word segmentation with case and diacritic folding, see {@link #analyzer()}), and
 *       again by the analyzer of the article's language in its own fields ({@link
 *       LanguageFields}), the canonical names of its actors, the schema version,
 *       keyword and facet fields for outlet, language, actor codes and actor countries, the
 *       publication date as a point and doc value (epoch day), and the article's public JSON.
 *   <li>{@value #KIND_EVENT}: one per coded event, carrying the dyad (source and target code and
 *       country), CAMEO code, root, quad class, Goldstein weight, modality, date, the sentence and
 *       its span, plus the article's title, outlet and date so a bucket's events list needs no join.
 * </ul>
 *
 * <p>All documents of one article carry {@link #ARTICLE_ID}, so an article and its events are
 * replaced together in one atomic block update. Dates are stored as {@link LocalDate#toEpochDay()}.
 */
public final class Schema {
  /** Document kind: {@value #KIND_ARTICLE} or {@value #KIND_EVENT}. */
  public static final String KIND = "kind";

  public static final String KIND_ARTICLE = "article";
  public static final String KIND_EVENT = "event";

  /** The article id, on both kinds of document; the update term. */
  public static final String ARTICLE_ID = "article_id";

  // Article documents.
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String SOURCE = "source";
  public static final String LANGUAGE = "language";
  public static final String URL = "url";
  /** Epoch day: point, doc value and stored. Absent when the date is unknown. */
  public static final String PUBLISHED = "published";
  /** Every actor code mentioned (keyword, multi-valued). */
  public static final String ACTOR = "actor";
  /**
   * Canonical name of every actor mentioned ("Nikol Pashinyan", "Russia"; keyword, multi-valued):
   * the same in every language, since the actor dictionary resolves "Пашинян", "Փաշինյան" and
   * "Paşinyan" to one name. Absent from articles indexed before schema 2.
   */
  public static final String ACTOR_NAME = "actor_name";
  /** Every actor country mentioned (keyword, multi-valued). */
  public static final String ACTOR_COUNTRY = "actor_country";
  /**
   * The article's JSON as written by {@code ArticleJson.toLine}: without the text, which {@link
   * #TEXT} stores (schema 2 and older: {@code ArticleJson.toStoredLine}, with the text).
   */
  public static final String JSON = "json";
  /**
   * SHA-256 of the schema version, {@link #JSON} and the text: what decides whether a re-put changes
   * anything (an article indexed with an older schema is always indexed again).
   */
  public static final String HASH = "hash";
  /** Article: fingerprint of the input it was analysed from (and of the analysis), if given. */
  public static final String INPUT = "input";

  // Facet dimensions (all in the default facet field).
  public static final String FACET_SOURCE = "source";
  public static final String FACET_LANGUAGE = "language";
  public static final String FACET_ACTOR = "actor";
  public static final String FACET_ACTOR_COUNTRY = "actor_country";
  /** Two-digit CAMEO root of each coded event ("19"); on articles and events. */
  public static final String FACET_EVENT_TYPE = "event_type";
  /** The outlet's side (state, independent, exile, ...), from the outlet registry. */
  public static final String FACET_OUTLET_SIDE = MetaFields.OUTLET_SIDE;
  /** The outlet's country, from the outlet registry. */
  public static final String FACET_OUTLET_COUNTRY = MetaFields.OUTLET_COUNTRY;

  // Event documents.
  /** Epoch day the event happened, else the article's publication day; absent if neither known. */
  public static final String DATE = "date";
  /** "true" when the event itself carried a date, "false" when {@link #DATE} is the article's. */
  public static final String DATE_STATED = "date_stated";
  public static final String SRC_CODE = "src_code";
  public static final String SRC_COUNTRY = "src_country";
  public static final String SRC_TEXT = "src_text";
  public static final String TGT_CODE = "tgt_code";
  public static final String TGT_COUNTRY = "tgt_country";
  public static final String TGT_TEXT = "tgt_text";
  public static final String CAMEO = "cameo";
  /**
   * CAMEO root ("19"): on an event its own, on an article every event's (keyword, multi-valued).
   */
  public static final String ROOT = "root";
  /**
   * Event: its sentence, analysed like {@link #TEXT} for the events view of a search (not stored:
   * {@link #SENTENCE} keeps the text). A separate field so article relevance statistics are
   * untouched.
   */
  public static final String EVENT_TEXT = "event_text";
  /** Event: its article's headline, analysed like {@link #TITLE} (not stored). */
  public static final String EVENT_TITLE = "event_title";
  public static final String PLOVER = "plover";
  /** Quad class 1..4: point, doc value and stored. */
  public static final String QUAD = "quad";
  /** Goldstein weight: point, double doc value and stored. */
  public static final String GOLDSTEIN = "goldstein";
  /** Lower-case modality label ("asserted", "negated", ...). */
  public static final String MODALITY = "modality";
  public static final String ATTRIBUTION = "attribution";
  public static final String TRIGGER = "trigger";
  /** The sentence the event was coded from, stored only. */
  public static final String SENTENCE = "sentence";
  public static final String START = "start";
  public static final String END = "end";
  /** Position of the event within its article, stored only. */
  public static final String ORDINAL = "ordinal";
  public static final String ARTICLE_TITLE = "article_title";
  public static final String ARTICLE_SOURCE = "article_source";
  public static final String ARTICLE_PUBLISHED = "article_published";

  /**
   * Article: the schema version it was indexed with ({@value #VERSION}); absent from articles of
   * schema 1, which have neither the per-language fields nor {@link #ACTOR_NAME}.
   */
  public static final String SCHEMA = "schema";
  /**
   * The current schema version. 2: per-language title and text fields ({@code
   * org.caspian.store.text.LanguageFields}), {@link #ACTOR_NAME} and {@link #SCHEMA}. 3: the text
   * is stored once, in {@link #TEXT}, no longer also in {@link #JSON}.
   */
  public static final int VERSION = 3;

  /** Analysed, stored, with offsets in the postings so highlighting needs no re-analysis. */
  static final FieldType SEARCHABLE_TEXT = searchableText();

  private Schema() {}

  private static FieldType searchableText() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /**
   * The analyzer for writing and parsing queries. Title and text: Unicode (UAX #29) word
   * segmentation, NFKC case folding (ICU) and diacritic folding, which together do what ICU's UTR #30
   * folding does for the scripts we read (Latin, Cyrillic, Armenian, Georgian, Arabic, Hebrew).
   * Lucene's {@code ICUTokenizer}/{@code ICUFoldingFilter} are not used because their bundled data
   * files could not be read by the ICU4J release this project pinned until schema 2; the shared
   * fields keep this analysis so indexes of schema 1 still answer. The per-language fields of
   * {@link LanguageFields} have their own analyzers. Keyword fields are matched verbatim.
   */
  public static Analyzer analyzer() {
    Analyzer text = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new DiacriticFoldingFilter(new ICUNormalizer2Filter(tokenizer));
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
    Analyzer keyword = new KeywordAnalyzer();
    Map<String, Analyzer> perField = new HashMap<>(LanguageFields.analyzers());
    for (String f : List.of(SOURCE, LANGUAGE, ACTOR, ACTOR_NAME, ACTOR_COUNTRY, ROOT, ARTICLE_ID,
        KIND, SCHEMA, MetaFields.OUTLET, MetaFields.OUTLET_COUNTRY, MetaFields.OUTLET_SIDE,
        MetaFields.OUTLET_TYPE, DuplicateFields.DUP_OF, DuplicateFields.DUP_CLUSTER)) {
      perField.put(f, keyword);
    }
    return new PerFieldAnalyzerWrapper(text, perField);
  }

  /** The facet configuration every writer and reader must share. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_ACTOR, true);
    config.setMultiValued(FACET_ACTOR_COUNTRY, true);
    config.setMultiValued(FACET_EVENT_TYPE, true);
    return config;
  }

  /** Matches every document of the given kind. */
  public static Query kind(String kind) {
    return new TermQuery(new Term(KIND, kind));
  }

  /** Matches the article document with this id. */
  public static Query article(String id) {
    return new BooleanQuery.Builder()
        .add(kind(KIND_ARTICLE), Occur.FILTER)
        .add(new TermQuery(new Term(ARTICLE_ID, id)), Occur.FILTER)
        .build();
  }

  /** The term that selects every document belonging to an article. */
  public static Term articleTerm(String id) {
    return new Term(ARTICLE_ID, id);
  }

  /** Converts a stored epoch day back to a date; {@code null} stays {@code null}. */
  public static LocalDate day(Number epochDay) {
    return epochDay == null ? null : LocalDate.ofEpochDay(epochDay.longValue());
  }

  static String root(String cameo) {
    return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
  }

  static void addDay(Document d, String field, LocalDate date) {
    if (date != null) {
      long day = date.toEpochDay();
      d.add(new LongPoint(field, day));
      d.add(new NumericDocValuesField(field, day));
      d.add(new StoredField(field, day));
    }
  }

  static void facet(Document d, String dim, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new SortedSetDocValuesFacetField(dim, value));
    }
  }
}
