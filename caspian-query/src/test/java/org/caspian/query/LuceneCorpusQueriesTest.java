package org.caspian.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caspian.model.AnalyzedArticle;
import org.caspian.query.overview.DyadChange;
import org.caspian.query.overview.Overview;
import org.caspian.query.overview.OverviewService;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.testing.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneCorpusQueriesTest {
  @TempDir
  static Path dir;
  static LuceneStore store;
  static CorpusQueries queries;

  @BeforeAll
  static void load() throws IOException {
    store = LuceneStore.open(dir);
    for (AnalyzedArticle a : Corpus.all()) {
      store.put(a);
    }
    queries = LuceneCorpusQueries.over(store);
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  private static SearchFilters filters(List<String> outlets, List<String> countries,
      List<String> sides, List<String> actors, List<String> types, LocalDate from, LocalDate to) {
    return new SearchFilters(outlets, countries, sides, List.of(), actors, types, from, to);
  }

  private static SearchAnswer<SearchHit> articles(SearchFilters f) throws IOException {
    return queries.searchArticles(new SearchRequest("", f, PageRequest.first(10)));
  }

  private static List<String> ids(SearchAnswer<SearchHit> a) {
    return a.results().items().stream().map(SearchHit::id).toList();
  }

  @Test
  void pages_split_the_results_and_keep_the_total() throws IOException {
    SearchAnswer<SearchHit> p2 =
        queries.searchArticles(new SearchRequest("", SearchFilters.NONE, new PageRequest(2, 1)));
    assertThat(p2.results().total()).isEqualTo(4);
    assertThat(p2.results().pages()).isEqualTo(4);
    assertThat(ids(p2)).containsExactly("armenpress-1");
    SearchAnswer<SearchHit> past =
        queries.searchArticles(new SearchRequest("", SearchFilters.NONE, new PageRequest(3, 2)));
    assertThat(past.results().items()).isEmpty();
    assertThat(past.results().total()).isEqualTo(4);
  }

  @Test
  void outlet_country_and_side_come_from_the_outlet_registry() throws IOException {
    SearchAnswer<SearchHit> all = articles(SearchFilters.NONE);
    assertThat(all.facets().keySet()).containsExactlyElementsOf(CorpusQueries.FACETS);
    assertThat(all.facets().get("outlet_country")).containsExactly(
        new FacetCount("AZE", 2), new FacetCount("ARM", 1), new FacetCount("RUS", 1));
    assertThat(all.facets().get("outlet_side")).containsExactlyInAnyOrder(
        new FacetCount("private", 2), new FacetCount("state", 2));
    assertThat(ids(articles(filters(List.of(), List.of("aze"), List.of(), List.of(), List.of(),
        null, null)))).containsExactlyInAnyOrder("apa-1", "trend-1");
    assertThat(ids(articles(filters(List.of(), List.of(), List.of("STATE"), List.of(),
        List.of(), null, null)))).containsExactlyInAnyOrder("tass-1", "armenpress-1");
    assertThat(articles(filters(List.of(), List.of("GEO"), List.of(), List.of(), List.of(), null,
        null)).results().total()).isZero();
  }

  @Test
  void actor_event_type_outlet_and_date_filters_combine() throws IOException {
    assertThat(ids(articles(filters(List.of(), List.of(), List.of(), List.of("arm"), List.of(),
        null, null)))).containsExactly("armenpress-1");
    assertThat(ids(articles(filters(List.of(), List.of(), List.of(), List.of(), List.of("173"),
        null, null)))).containsExactly("trend-1");
    assertThat(ids(articles(filters(List.of(), List.of(), List.of(), List.of(), List.of(),
        LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2)))))
        .containsExactly("armenpress-1", "trend-1");
    assertThat(ids(articles(filters(List.of("TASS", "APA"), List.of(), List.of(),
        List.of("RUSGOV"), List.of("11"), null, null)))).containsExactly("tass-1");
    SearchAnswer<SearchHit> all = articles(SearchFilters.NONE);
    assertThat(all.facets().get("event_type")).contains(new FacetCount("11", 2),
        new FacetCount("17", 1));
  }

  @Test
  void bad_filters_are_rejected_naming_the_parameter() {
    assertThatThrownBy(() -> articles(filters(List.of(), List.of(), List.of(), List.of(),
        List.of("x1"), null, null))).hasMessageContaining("parameter type");
    assertThatThrownBy(() -> new SearchFilters(List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
        .hasMessageContaining("parameter from");
    assertThatThrownBy(() -> new PageRequest(0, 10)).hasMessageContaining("parameter page");
    assertThatThrownBy(() -> new PageRequest(1, 101)).hasMessageContaining("parameter size");
    assertThatThrownBy(() -> new PageRequest(200, 100)).hasMessageContaining("past result");
  }

  @Test
  void deeply_nested_queries_are_refused_before_parsing() {
    String deep = "(".repeat(20_000) + "baku" + ")".repeat(20_000);
    assertThatThrownBy(() -> SearchRequest.of(deep, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nests parentheses");
    assertThatThrownBy(() -> SearchRequest.of("x".repeat(QueryLimits.MAX_LENGTH + 1), 10))
        .hasMessageContaining("characters long");
    // Parentheses inside a phrase do not count.
    SearchRequest.of("\"" + "(".repeat(100) + "\"", 10);
  }

  @Test
  void events_are_searched_by_their_sentence_and_counted_by_facets() throws IOException {
    SearchAnswer<DyadEvent> detained = queries.searchEvents(SearchRequest.of("detained", 10));
    assertThat(detained.results().total()).isEqualTo(1);
    DyadEvent e = detained.results().items().get(0);
    assertThat(e.articleId()).isEqualTo("trend-1");
    assertThat(e.trigger()).isEqualTo("detained");
    SearchAnswer<DyadEvent> all = queries.searchEvents(SearchRequest.of("", 3));
    assertThat(all.results().total()).isEqualTo(10);
    assertThat(all.results().items()).hasSize(3);
    assertThat(all.results().items().get(0).date()).isEqualTo(LocalDate.of(2025, 7, 15));
    assertThat(all.facets().get("outlet_country")).contains(new FacetCount("AZE", 5));
    assertThat(all.facets().get("event_type")).contains(new FacetCount("11", 2));
    SearchAnswer<DyadEvent> june = queries.searchEvents(new SearchRequest("", filters(List.of(),
        List.of(), List.of(), List.of(), List.of(), null, LocalDate.of(2025, 6, 30)),
        PageRequest.first(10)));
    assertThat(june.results().items()).extracting(DyadEvent::date)
        .allMatch(d -> !d.isAfter(LocalDate.of(2025, 6, 30)));
    assertThat(june.results().total()).isEqualTo(4);
  }

  @Test
  void dyad_bucket_events_are_paged_with_their_total() throws IOException {
    ResultPage<DyadEvent> p1 = queries.dyadEvents("RUS", "AZE", "2025-06", Granularity.MONTH,
        false, new PageRequest(1, 2));
    ResultPage<DyadEvent> p2 = queries.dyadEvents("RUS", "AZE", "2025-06", Granularity.MONTH,
        false, new PageRequest(2, 2));
    assertThat(p1.total()).isEqualTo(3);
    assertThat(p1.items()).hasSize(2);
    assertThat(p2.items()).hasSize(1);
    assertThat(p1.items().get(0).date()).isEqualTo(Corpus.JUNE_27);
  }

  @Test
  void dyad_counts_and_the_overview_follow_the_documented_rule() throws IOException {
    List<DyadCount> counts =
        queries.dyadCounts(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 31));
    DyadCount ruAz = counts.stream().filter(c -> c.a().equals("AZE") && c.b().equals("RUS"))
        .findFirst().orElseThrow();
    assertThat(ruAz.events()).isEqualTo(6);
    assertThat(ruAz.goldsteinSum()).isCloseTo(-5.6, org.assertj.core.data.Offset.offset(1e-9));

    Overview o = new OverviewService(queries).overview(null, 7, 10);
    assertThat(o.asOf()).isEqualTo(LocalDate.of(2025, 7, 15));
    assertThat(o.from()).isEqualTo(LocalDate.of(2025, 7, 9));
    assertThat(o.previousFrom()).isEqualTo(LocalDate.of(2025, 7, 2));
    assertThat(o.latest().get(0).id()).isEqualTo("apa-1");
    assertThat(o.changes()).containsExactly(
        new DyadChange("AZE", "RUS", 2, 0, 2, 4.2, 0),
        new DyadChange("ARM", "AZE", 0, 1, -1, 0, 7.0),
        new DyadChange("ARM", "RUS", 0, 1, -1, 0, 4.0));
    assertThat(o.topActors().get(0)).isEqualTo(new FacetCount("AZEGOV", 2));
    assertThatThrownBy(() -> new OverviewService(queries).overview(null, 0, 10))
        .hasMessageContaining("parameter days");
  }
}
