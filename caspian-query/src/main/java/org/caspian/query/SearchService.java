package org.caspian.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
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
import org.caspian.store.lucene.Schema;
import org.caspian.store.lucene.SearcherSource;
import org.caspian.store.text.LanguageFields;

/**
 * Full-text search over article titles and texts in Lucene query-parser syntax ({@code
 * pipeline AND "Zangezur corridor"}, {@code sanction*}, {@code title:summoned}, {@code source:TASS},
 * {@code actor:Пашинян}: an actor named in any language, see {@link #search(String, String, int)}),
 * terms joined by AND unless an operator says otherwise; a blank query lists all articles newest
 * first. Words are found in their inflected forms and other spellings in the language of each
 * article ({@link LanguageFields}). Returns the best hits with highlighted headline and passages, and facet counts over all
 * matches (past {@link CountLimits#exactLimit()} matches, an estimated total and facets counted
 * over a sample, both marked approximate); with {@link SearchRequest}, one page at a time, filtered, with more facets. Thread-safe.
 */
public final class SearchService {
  /** Facet dimensions of {@link #search(String, int)}, in display order. */
  public static final List<String> FACETS =
      List.of(Schema.FACET_SOURCE, Schema.FACET_LANGUAGE, Schema.FACET_ACTOR_COUNTRY,
          Schema.FACET_OUTLET_SIDE, Schema.FACET_OUTLET_COUNTRY);
  /** Largest limit honoured. */
  public static final int MAX_LIMIT = PageRequest.MAX_SIZE;

  private static final int SNIPPETS = 2;
  /** The fields highlighted: the headline whole, the text by passages. */
  private static final String[] HIGHLIGHTED = {Schema.TITLE, Schema.TEXT};
  private static final int MAX_HIGHLIGHT_CHARS = 1_000_000;
  /** The stored fields a hit needs, the highlighted ones included (not the large JSON). */
  private static final Set<String> HIT_FIELDS =
      Set.of(Schema.ARTICLE_ID, Schema.TITLE, Schema.TEXT, Schema.SOURCE, Schema.PUBLISHED,
          Schema.LANGUAGE);

  private final SearcherSource source;
  private final Analyzer analyzer = Schema.analyzer();
  private final FacetTally facets;
  private final SearchFilterQueries filters;
  private final CountCache counts = new CountCache();
  private final QueryReader reader;
  private final CountLimits limits;
  /** Whether hits are highlighted against every language's fields (the benchmark's baseline). */
  private final boolean everyLanguage;

  /** Searches through {@code source} (a {@code LuceneStore}). */
  public SearchService(SearcherSource source) {
    this(source, new ActorFilter(), CountLimits.DEFAULT, false);
  }

  /**
   * Searches through {@code source}, naming actors through {@code actors} (shared), counting
   * matches within {@code limits}, highlighting against every language's fields if {@code
   * everyLanguage} (slower, same highlights: the benchmark's baseline) or by each hit's language.
   */
  SearchService(SearcherSource source, ActorFilter actors, CountLimits limits,
      boolean everyLanguage) {
    this.source = Objects.requireNonNull(source, "source");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.everyLanguage = everyLanguage;
    this.facets = new FacetTally();
    this.filters = new SearchFilterQueries(actors);
    this.reader = new QueryReader(analyzer, actors);
  }

  /**
   * Runs {@code query}: the best {@code limit} hits and the facets of {@link #FACETS}.
   *
   * @param limit most hits to return, 1..{@value #MAX_LIMIT} (larger values are capped)
   * @throws IllegalArgumentException if the query does not parse or the limit is below 1
   */
  public SearchResult search(String query, int limit) throws IOException {
    return search(query, null, limit);
  }

  /**
   * Runs {@code query} over the articles that mention {@code actor} (null: all), named in any
   * language or by code ("Пашинян", "Paşinyan", "ARMGOV", "ARM").
   *
   * @throws IllegalArgumentException if the query does not parse or the limit is below 1
   */
  public SearchResult search(String query, String actor, int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    SearchRequest r = SearchRequest.of(query, Math.min(limit, MAX_LIMIT));
    if (actor != null && !actor.isBlank()) {
      SearchFilters f = new SearchFilters(List.of(), List.of(), List.of(), List.of(),
          List.of(actor.strip()), List.of(), null, null);
      r = new SearchRequest(r.query(), f, r.page());
    }
    SearchAnswer<SearchHit> a = articles(r, FACETS);
    return new SearchResult(a.query(), a.results().total(), a.results().items(), a.facets(),
        a.totalApproximate(), a.facetsApproximate());
  }

  /**
   * One page of the articles matching {@code r}, with the facets of {@link
   * CorpusQueries#FACETS}.
   *
   * @throws IllegalArgumentException if the query does not parse or a filter is invalid
   */
  public SearchAnswer<SearchHit> articles(SearchRequest r) throws IOException {
    return articles(r, CorpusQueries.FACETS);
  }

  private SearchAnswer<SearchHit> articles(SearchRequest r, List<String> dims)
      throws IOException {
    try {
      return run(r, dims, parse(r.query(), true));
    } catch (TooManyClauses e) {
      // A very long query: every language's fields multiply its clauses, so it is read against
      // the shared title and text only, as an index of schema 1 would read it.
      try {
        return run(r, dims, parse(r.query(), false));
      } catch (TooManyClauses again) {
        throw new IllegalArgumentException("query matches too many terms: " + r.query(), again);
      }
    }
  }

  private Query parse(String query, boolean allLanguages) {
    String t = query == null ? "" : query.strip();
    if (t.isEmpty() || t.equals("*")) {
      return new MatchAllDocsQuery();
    }
    QueryLimits.check(t);
    return reader.read(t, allLanguages);
  }

  private SearchAnswer<SearchHit> run(SearchRequest r, List<String> dims, Query parsed)
      throws IOException {
    boolean browse = parsed instanceof MatchAllDocsQuery;
    return source.withSearcher(s -> {
      BooleanQuery.Builder b = new BooleanQuery.Builder()
          .add(parsed, Occur.MUST)
          .add(Schema.kind(Schema.KIND_ARTICLE), Occur.FILTER);
      filters.addTo(b, r.filters(), Schema.PUBLISHED, s.getIndexReader());
      Query q = b.build();
      Sort sort = browse
          ? new Sort(new SortField(Schema.PUBLISHED, SortField.Type.LONG, true),
              SortField.FIELD_DOC)
          : null; // by relevance
      FacetedSearch found =
          FacetedSearch.run(s, q, sort, r.page(), dims, facets, counts, limits);
      ResultPage<SearchHit> page = new ResultPage<>(hits(s, parsed, found.page()), found.total(),
          r.page().page(), r.page().size());
      return new SearchAnswer<>(r.query(), page, found.facets(), found.totalApproximate(),
          found.facetsApproximate());
    });
  }

  /**
   * The hits, highlighted by the words of {@code q} (the user's query, not the filters). The
   * highlighter analyses each hit's stored title and text again with the analyzer of every field
   * it highlights for, so the hits are highlighted in groups by language, each against the shared
   * fields and its own language's fields only.
   */
  private List<SearchHit> hits(IndexSearcher s, Query q, ScoreDoc[] docs) throws IOException {
    StoredFields stored = s.storedFields();
    Document[] found = new Document[docs.length];
    Map<String, List<Integer>> byLanguage = new LinkedHashMap<>();
    Map<Integer, Map<String, String>> values = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      found[i] = stored.document(docs[i].doc, HIT_FIELDS);
      Map<String, String> v = new HashMap<>();
      for (String f : HIGHLIGHTED) {
        if (found[i].get(f) != null) {
          v.put(f, found[i].get(f));
        }
      }
      values.put(docs[i].doc, v);
      String lang = everyLanguage ? null : found[i].get(Schema.LANGUAGE);
      byLanguage.computeIfAbsent(lang == null ? "" : lang, k -> new ArrayList<>()).add(i);
    }
    Object[] titles = new Object[docs.length];
    Object[] texts = new Object[docs.length];
    for (Map.Entry<String, List<Integer>> group : byLanguage.entrySet()) {
      List<Integer> at = group.getValue();
      int[] ids = new int[at.size()];
      for (int j = 0; j < ids.length; j++) {
        ids[j] = docs[at.get(j)].doc;
      }
      String lang = everyLanguage ? null : group.getKey();
      Map<String, Object[]> marked = highlighter(s, lang, values).objects(HIGHLIGHTED, q, ids,
          new int[] {1, SNIPPETS});
      for (int j = 0; j < ids.length; j++) {
        titles[at.get(j)] = marked.get(Schema.TITLE)[j];
        texts[at.get(j)] = marked.get(Schema.TEXT)[j];
      }
    }
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document d = found[i];
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

  private SnippetHighlighter highlighter(IndexSearcher s, String lang,
      Map<Integer, Map<String, String>> values) {
    UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(s, analyzer)
        .withFormatter(new HtmlPassageFormatter())
        .withMaxLength(MAX_HIGHLIGHT_CHARS)
        .withMaskedFieldsFunc(field -> QueryReader.maskedFields(field, lang));
    return new SnippetHighlighter(b, values);
  }

  @SuppressWarnings("unchecked")
  private static List<String> passages(Object formatted) {
    return formatted instanceof List<?> ? (List<String>) formatted : List.of();
  }
}
