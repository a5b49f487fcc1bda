package org.caspian.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.caspian.model.AnalyzedArticle;
import org.caspian.store.ArticleStore;
import org.caspian.store.lucene.Schema;
import org.caspian.store.lucene.SearcherSource;

/**
 * {@link CorpusQueries} over the embedded Lucene index: {@link SearchService}, {@link EventSearch}
 * and {@link DyadService} behind one interface. Thread-safe.
 */
public final class LuceneCorpusQueries implements CorpusQueries {
  private final ArticleStore store;
  private final SearcherSource source;
  private final SearchService articles;
  private final EventSearch events;
  private final DyadService dyads;

  private LuceneCorpusQueries(ArticleStore store, SearcherSource source, CountLimits limits,
      boolean baseline) {
    this.store = store;
    this.source = source;
    // One actor dictionary, loaded on the first actor named, for articles and events alike.
    ActorFilter actors = new ActorFilter();
    this.articles = new SearchService(source, actors, limits, baseline);
    this.events = new EventSearch(source, actors, limits);
    this.dyads = new DyadService(source);
  }

  /**
   * Queries over {@code store}, which must be a Lucene store ({@code LuceneStore} or {@code
   * ReadOnlyLuceneStore}); the store stays the caller's to close.
   *
   * @throws IllegalArgumentException if the store cannot be searched
   */
  public static LuceneCorpusQueries over(ArticleStore store) {
    return over(store, CountLimits.DEFAULT);
  }

  /**
   * Queries over {@code store} as {@link #over(ArticleStore)}, counting search matches within
   * {@code limits} ({@link CountLimits#EXACT}: every match).
   *
   * @throws IllegalArgumentException if the store cannot be searched
   */
  public static LuceneCorpusQueries over(ArticleStore store, CountLimits limits) {
    return over(store, limits, false);
  }

  /**
   * Queries over {@code store} that search as this class did before counts were limited and
   * highlights were made by language: every match counted, every hit highlighted against every
   * language's fields. Same answers but for the flags, slower; the search benchmark's baseline.
   *
   * @throws IllegalArgumentException if the store cannot be searched
   */
  public static LuceneCorpusQueries baseline(ArticleStore store) {
    return over(store, CountLimits.EXACT, true);
  }

  private static LuceneCorpusQueries over(ArticleStore store, CountLimits limits,
      boolean baseline) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(limits, "limits");
    if (!(store instanceof SearcherSource searchable)) {
      throw new IllegalArgumentException("queries need a searchable store (LuceneStore), got "
          + store.getClass().getName());
    }
    return new LuceneCorpusQueries(store, searchable, limits, baseline);
  }

  @Override
  public long articleCount() {
    return store.count();
  }

  @Override
  public Optional<AnalyzedArticle> article(String id) {
    return store.get(id);
  }

  @Override
  public Optional<LocalDate> latestDate() throws IOException {
    Sort newest = new Sort(new SortField(Schema.PUBLISHED, SortField.Type.LONG, true));
    return source.withSearcher(s -> {
      ScoreDoc[] top = s.search(Schema.kind(Schema.KIND_ARTICLE), 1, newest).scoreDocs;
      if (top.length == 0) {
        return Optional.empty();
      }
      IndexableField f = s.storedFields().document(top[0].doc).getField(Schema.PUBLISHED);
      return Optional.ofNullable(f == null ? null : Schema.day(f.numericValue()));
    });
  }

  @Override
  public SearchAnswer<SearchHit> searchArticles(SearchRequest request) throws IOException {
    return articles.articles(request);
  }

  @Override
  public SearchAnswer<DyadEvent> searchEvents(SearchRequest request) throws IOException {
    return events.events(request);
  }

  @Override
  public List<DyadRow> dyadSeries(String a, String b, Granularity by, boolean includeAll)
      throws IOException {
    return dyads.series(a, b, by, includeAll);
  }

  @Override
  public ResultPage<DyadEvent> dyadEvents(String a, String b, String period, Granularity by,
      boolean includeAll, PageRequest page) throws IOException {
    return dyads.events(a, b, period, by, includeAll, page);
  }

  @Override
  public List<DyadCount> dyadCounts(LocalDate from, LocalDate to) throws IOException {
    return source.withSearcher(s -> DyadCounter.count(s, from, to));
  }
}
