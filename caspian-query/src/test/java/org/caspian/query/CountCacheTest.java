package org.caspian.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.caspian.model.AnalyzedArticle;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts kept between pages are the counts of a fresh search, and a write is seen at once. */
class CountCacheTest {
  @TempDir Path dir;

  @Test
  void pages_from_the_cache_match_fresh_searches_and_writes_are_seen() throws Exception {
    try (LuceneStore store = LuceneStore.open(dir)) {
      List<AnalyzedArticle> all = Corpus.all();
      for (AnalyzedArticle a : all.subList(0, 3)) {
        store.put(a);
      }
      CorpusQueries warm = LuceneCorpusQueries.over(store);
      for (String q : List.of("", "Baku", "Russian OR Moscow")) {
        for (int page = 1; page <= 3; page++) {
          SearchRequest r = new SearchRequest(q, SearchFilters.NONE, new PageRequest(page, 1));
          SearchAnswer<SearchHit> cached = warm.searchArticles(r);
          SearchAnswer<SearchHit> fresh = LuceneCorpusQueries.over(store).searchArticles(r);
          assertThat(cached.results()).as(q + " page " + page).isEqualTo(fresh.results());
          assertThat(cached.facets()).isEqualTo(fresh.facets());
          SearchAnswer<DyadEvent> events = warm.searchEvents(r);
          assertThat(events.results())
              .isEqualTo(LuceneCorpusQueries.over(store).searchEvents(r).results());
        }
      }
      SearchRequest blank = SearchRequest.of("", 10);
      assertThat(warm.searchArticles(blank).results().total()).isEqualTo(3);
      store.put(all.get(3));
      SearchAnswer<SearchHit> after = warm.searchArticles(blank);
      assertThat(after.results().total()).isEqualTo(4);
      assertThat(after.facets().get("source")).hasSize(4);
    }
  }
}
