package org.caspian.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.caspian.model.AnalyzedArticle;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.testing.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {
  @TempDir
  static Path dir;
  static LuceneStore store;
  static SearchService search;

  @BeforeAll
  static void load() throws IOException {
    store = LuceneStore.open(dir);
    search = new SearchService(store);
    // An empty index answers with no hits and empty facets.
    SearchResult none = search.search("pipeline", 10);
    assertThat(none.total()).isZero();
    assertThat(none.facets().get("source")).isEmpty();
    for (AnalyzedArticle a : Corpus.all()) {
      store.put(a);
    }
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  @Test
  void a_word_finds_its_article_with_highlights() throws IOException {
    SearchResult r = search.search("pipeline", 10);
    assertThat(r.total()).isEqualTo(1);
    SearchHit hit = r.hits().get(0);
    assertThat(hit.id()).isEqualTo("apa-1");
    assertThat(hit.source()).isEqualTo("APA");
    assertThat(hit.published()).isEqualTo(LocalDate.of(2025, 7, 15));
    assertThat(hit.score()).isPositive();
    assertThat(hit.titleHtml())
        .isEqualTo("Aliyev and Putin discuss the gas <mark>pipeline</mark> by phone");
    assertThat(hit.snippets()).singleElement().isEqualTo(
        "Ilham Aliyev and Vladimir Putin held a phone call on the gas <mark>pipeline</mark>.");
  }

  @Test
  void facets_count_all_matching_articles() throws IOException {
    SearchResult r = search.search("Baku", 1);
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.hits()).hasSize(1);
    assertThat(r.facets().get("source")).containsExactlyInAnyOrder(new FacetCount("TASS", 1),
        new FacetCount("Trend", 1), new FacetCount("Armenpress", 1));
    assertThat(r.facets().get("language")).containsExactly(new FacetCount("en", 3));
    assertThat(r.facets().get("actor_country")).containsExactlyInAnyOrder(
        new FacetCount("AZE", 3), new FacetCount("RUS", 3), new FacetCount("ARM", 1));
  }

  @Test
  void each_hit_gets_its_own_highlights() throws IOException {
    SearchResult r = search.search("baku", 10);
    assertThat(r.hits()).hasSize(3);
    for (SearchHit h : r.hits()) {
      assertThat(h.titleHtml()).contains("<mark>Baku</mark>");
      assertThat(h.titleHtml().replace("<mark>", "").replace("</mark>", "")
          .replace("&amp;", "&")).isEqualTo(h.title());
    }
  }

  @Test
  void matching_folds_case_and_uses_and_by_default() throws IOException {
    assertThat(search.search("ALIYEV", 10).hits()).extracting(SearchHit::id)
        .containsExactly("apa-1");
    assertThat(search.search("Baku Yekaterinburg", 10).hits()).extracting(SearchHit::id)
        .containsExactly("trend-1");
    assertThat(search.search("Yekaterinburg OR pipeline", 10).total()).isEqualTo(2);
    assertThat(search.search("\"peace treaty\"", 10).hits()).extracting(SearchHit::id)
        .containsExactly("armenpress-1");
    assertThat(search.search("source:TASS", 10).hits()).extracting(SearchHit::id)
        .containsExactly("tass-1");
  }

  @Test
  void markup_in_the_text_is_escaped() throws IOException {
    SearchHit hit = search.search("published", 10).hits().get(0);
    assertThat(hit.snippets()).anySatisfy(s -> assertThat(s)
        .contains("&lt;b&gt;text&lt;/b&gt; was not <mark>published</mark>")
        .doesNotContain("<b>"));
    assertThat(hit.titleHtml()).contains("Yerevan &amp; Baku");
  }

  @Test
  void a_blank_query_lists_everything_newest_first() throws IOException {
    SearchResult r = search.search("  ", 10);
    assertThat(r.total()).isEqualTo(4);
    assertThat(r.hits()).extracting(SearchHit::id)
        .containsExactly("apa-1", "armenpress-1", "trend-1", "tass-1");
  }

  @Test
  void bad_queries_and_limits_are_rejected() {
    assertThatThrownBy(() -> search.search("pipeline AND (", 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot parse");
    assertThatThrownBy(() -> search.search("pipeline", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void queries_of_punctuation_emoji_or_junk_do_not_throw() throws IOException {
    assertThat(search.search("\u2026 \u2014", 10).total()).isZero();
    assertThat(search.search("\uD83D\uDE00", 10).total()).isZero();
    assertThat(search.search("\u05E9\u05DC\u05D5\u05DD", 10).total()).isZero();
    assertThat(search.search("x".repeat(100_000), 10).total()).isZero();
  }

  @Test
  void uncommitted_articles_are_found() throws IOException {
    assertThat(search.search("Zakharova", 5).hits()).extracting(SearchHit::id)
        .containsExactly("tass-1");
  }
}
