package org.caspian.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.OutletRef;
import org.caspian.model.Provenance;
import org.caspian.store.lucene.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search facets and filters by the outlet's side and country. */
class OutletSearchTest {

  private static AnalyzedArticle article(String id, String text, OutletRef outlet) {
    Article a = new Article(id, "Title " + id, outlet == null ? "" : outlet.name(), "",
        LocalDate.of(2025, 6, 30), text);
    if (outlet != null) {
      a = a.withMeta(a.meta().withOutlet(outlet, Provenance.INPUT));
    }
    return AnalyzedArticle.of(a).withLanguage("en");
  }

  @Test
  void outlet_side_and_country_are_facets_and_filters(@TempDir Path dir) throws IOException {
    OutletRef tass = new OutletRef("tass", "TASS", "RU", "state", "wire", List.of("ru"), "name");
    OutletRef azatutyun = new OutletRef("azatutyun", "Azatutyun", "AM", "state-funded",
        "broadcaster", List.of("hy"), "name");
    OutletRef meduza = new OutletRef("meduza", "Meduza", "RU", "exile", "online", List.of("ru"),
        "domain");
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(article("1", "Peace talks in Brussels", tass));
      store.put(article("2", "Peace talks resumed", azatutyun));
      store.put(article("3", "Peace talks and protests", meduza));
      store.put(article("4", "Peace talks elsewhere", null));
      store.commit();
      SearchService search = new SearchService(store);
      SearchResult all = search.search("peace", 10);
      assertThat(all.total()).isEqualTo(4);
      assertThat(all.facets().get("outlet_side")).containsExactlyInAnyOrder(
          new FacetCount("state", 1), new FacetCount("state-funded", 1),
          new FacetCount("exile", 1));
      assertThat(all.facets().get("outlet_country")).containsExactlyInAnyOrder(
          new FacetCount("RU", 2), new FacetCount("AM", 1));
      assertThat(search.search("peace AND outlet_side:\"state-funded\"", 10).hits())
          .extracting(SearchHit::id).containsExactly("2");
      assertThat(search.search("peace AND outlet_country:RU", 10).hits())
          .extracting(SearchHit::id).containsExactlyInAnyOrder("1", "3");
      assertThat(search.search("outlet:meduza", 10).hits()).extracting(SearchHit::id)
          .containsExactly("3");
    }
  }
}
