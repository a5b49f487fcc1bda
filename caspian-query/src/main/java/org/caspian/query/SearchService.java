package org.caspian.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.caspian.store.lucene.Schema;
import org.caspian.store.lucene.SearcherSource;
import org.caspian.store.text.LanguageFields;

/**
 * Full-text search over article titles and texts in Lucene query-parser syntax ({@code
 * pipeline AND "Zangezur corridor"}, {@code sanction*}, {@code title:summoned}, {@code source:TASS},
 * {@code actor:Пашинян}: an actor named in any language, see {@link #search(String, String, int)}),
 * terms joined by AND unless an operator says otherwise; a blank query lists all articles newest
 * first. Words are found in their inflected forms and other spellings in the language of each
 * article ({@link LanguageFields}), and a search can be narrowed to the articles of one actor in
 * every language. Returns the best hits with highlighted headline and passages, and facet counts over all
 * matches. Thread-safe.
 */
public final class SearchService {
  /** Facet dimensions returned, in display order. */
  public static final List<String> FACETS =
      List.of(Schema.FACET_SOURCE, Schema.FACET_LANGUAGE, Schema.FACET_ACTOR_COUNTRY);
  /** Largest limit honoured. */
  public static final int MAX_LIMIT = 100;

  private static final int FACET_VALUES = 10;
  private static final int SNIPPETS = 2;
  private static final int MAX_HIGHLIGHT_CHARS = 1_000_000;

  private final SearcherSource source;
  private final Analyzer analyzer = Schema.analyzer();
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final ActorFilter actors = new ActorFilter();
  private final QueryReader reader = new QueryReader(analyzer, actors);
  /** Facet ordinals for the last reader seen; rebuilt when the reader changes. */
  private final AtomicReference<SortedSetDocValuesReaderState> facetState = new AtomicReference<>();

  /** Searches through {@code source} (a {@code LuceneStore}). */
  public SearchService(SearcherSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * Runs {@code query}.
   *
   * @param limit most hits to return, 1..{@value #MAX_LIMIT} (larger values are capped)
   * @throws IllegalArgumentException if the query does not parse or the limit is below 1
   */
  public SearchResult search(String query, int limit) throws IOException {
    return search(query, null, limit);
  }

  /**
   * Runs {@code query} over the articles that mention {@code actor}: a person in any spelling the
   * actor dictionary knows, in any language ("Пашинян", "Փաշինյան", "Paşinyan" are one person),
   * an actor code or country ("ARMGOV", "ARM"), or a canonical actor name ("Russia"). A blank
   * query then lists that actor's articles, newest first.
   *
   * @param actor the actor, or null for every article
   * @param limit most hits to return, 1..{@value #MAX_LIMIT} (larger values are capped)
   * @throws IllegalArgumentException if the query does not parse, the actor is blank (not null)
   *     or the limit is below 1
   */
  public SearchResult search(String query, String actor, int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    String text = query == null ? "" : query.strip();
    boolean browse = text.isEmpty() || text.equals("*");
    Query only = actor == null ? null : actors.query(actor);
    int n = Math.min(limit, MAX_LIMIT);
    try {
      return execute(text, browse ? new MatchAllDocsQuery() : reader.read(text, true), only,
          browse, n);
    } catch (TooManyClauses e) {
      if (browse) {
        throw new IllegalArgumentException("query matches too many terms: " + text, e);
      }
    }
    // A very long query: every language's fields multiply its clauses, so it is read against the
    // shared title and text only, as an index of schema 1 would read it.
    try {
      return execute(text, reader.read(text, false), only, false, n);
    } catch (TooManyClauses e) {
      throw new IllegalArgumentException("query matches too many terms: " + text, e);
    }
  }

  private SearchResult execute(String text, Query parsed, Query only, boolean browse, int n)
      throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(parsed, Occur.MUST)
        .add(Schema.kind(Schema.KIND_ARTICLE), Occur.FILTER);
    if (only != null) {
      b.add(only, Occur.FILTER);
    }
    Query q = b.build();
    return source.withSearcher(s -> run(s, text, q, browse, n));
  }

  private SearchResult run(IndexSearcher s, String text, Query q, boolean browse, int n)
      throws IOException {
    Sort sort = browse
        ? new Sort(new SortField(Schema.PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_DOC)
        : Sort.RELEVANCE;
    FacetsCollectorManager.FacetsResult result =
        FacetsCollectorManager.search(s, q, n, sort, true, new FacetsCollectorManager());
    FacetsCollector fc = result.facetsCollector();
    long total = 0;
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      total += md.totalHits;
    }
    ScoreDoc[] docs = result.topDocs().scoreDocs;
    return new SearchResult(text, total, hits(s, q, docs), facets(s, fc));
  }

  private List<SearchHit> hits(IndexSearcher s, Query q, ScoreDoc[] docs) throws IOException {
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    Object[] titles = highlighter(s, new WholeBreakIterator())
        .objects(new String[] {Schema.TITLE}, q, ids, new int[] {1}).get(Schema.TITLE);
    Object[] texts = highlighter(s, BreakIterator.getSentenceInstance(Locale.ROOT))
        .objects(new String[] {Schema.TEXT}, q, ids, new int[] {SNIPPETS}).get(Schema.TEXT);
    StoredFields stored = s.storedFields();
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document d = stored.document(ids[i]);
      String title = d.get(Schema.TITLE);
      List<String> titleHtml = passages(titles[i]);
      IndexableField published = d.getField(Schema.PUBLISHED);
      hits.add(new SearchHit(d.get(Schema.ARTICLE_ID), title, d.get(Schema.SOURCE),
          published == null ? null : Schema.day(published.numericValue()),
          Float.isNaN(docs[i].score) ? 0f : docs[i].score,
          titleHtml.isEmpty() ? HtmlText.escape(title) : titleHtml.get(0), passages(texts[i])));
    }
    return hits;
  }

  private SnippetHighlighter highlighter(IndexSearcher s, BreakIterator breaks) {
    UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(s, analyzer)
        .withFormatter(new HtmlPassageFormatter())
        .withMaxLength(MAX_HIGHLIGHT_CHARS)
        .withBreakIterator(() -> (BreakIterator) breaks.clone())
        .withMaskedFieldsFunc(QueryReader::maskedFields);
    return new SnippetHighlighter(b);
  }

  @SuppressWarnings("unchecked")
  private static List<String> passages(Object formatted) {
    return formatted instanceof List<?> ? (List<String>) formatted : List.of();
  }

  private Map<String, List<FacetCount>> facets(IndexSearcher s, FacetsCollector fc)
      throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state = facetState(s.getIndexReader());
    SortedSetDocValuesFacetCounts counts =
        state == null ? null : new SortedSetDocValuesFacetCounts(state, fc);
    for (String dim : FACETS) {
      List<FacetCount> values = new ArrayList<>();
      FacetResult r = counts == null ? null : topChildren(counts, dim);
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          values.add(new FacetCount(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  private static FacetResult topChildren(SortedSetDocValuesFacetCounts counts, String dim)
      throws IOException {
    try {
      return counts.getTopChildren(FACET_VALUES, dim);
    } catch (IllegalArgumentException e) {
      return null; // no article has a value for this dimension yet
    }
  }

  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    SortedSetDocValuesReaderState st = facetState.get();
    if (st != null && st.getReader() == reader) {
      return st;
    }
    if (FieldInfos.getMergedFieldInfos(reader)
        .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null) {
      return null;
    }
    st = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    facetState.set(st);
    return st;
  }
}
