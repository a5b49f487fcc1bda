package org.caspian.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.ArticleField;
import org.caspian.model.ArticleMeta;
import org.caspian.model.NearDuplicate;
import org.caspian.model.OutletRef;
import org.caspian.model.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Near-duplicates are found across runs through the index, and the marks are stored. */
class NearDuplicateIndexTest {
  private static final String WIRE = "Azerbaijani and Armenian delegations met in Brussels on "
      + "Tuesday to discuss the delimitation of their common border, the European Council said in "
      + "a statement. The sides agreed to meet again in Yerevan next month, and the commissions "
      + "will exchange maps of the northern section before then. Officials described the talks "
      + "as constructive and said humanitarian issues were also raised.";

  private static Article article(String id, String text) {
    return new Article(id, "title " + id, "APA", "", LocalDate.of(2025, 6, 30), text);
  }

  private static void ingest(LuceneStore store, Article a) throws IOException {
    store.put(AnalyzedArticle.of(store.markNearDuplicate(a)));
  }

  @Test
  void a_copy_ingested_in_a_later_run_is_linked_to_the_stored_original(@TempDir Path dir)
      throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      ingest(store, article("orig", WIRE));
      store.commit();
    }
    try (LuceneStore store = LuceneStore.open(dir)) {
      ingest(store, article("copy1", "BAKU, June 30 (APA) - " + WIRE.replace("Tuesday",
          "Tuesday evening")));
      ingest(store, article("copy2", WIRE.replace("constructive", "useful")));
      store.commit();
      assertThat(store.get("copy1").orElseThrow().article().meta().nearDuplicate())
          .satisfies(m -> {
            assertThat(m.of()).isEqualTo("orig");
            assertThat(m.cluster()).isEqualTo("orig");
          });
      assertThat(store.get("copy2").orElseThrow().article().meta().nearDuplicate().cluster())
          .isEqualTo("orig");
      assertThat(store.get("orig").orElseThrow().article().meta().nearDuplicate()).isNull();
      long inCluster = store.withSearcher(s -> (long) s.count(
          new TermQuery(new Term(DuplicateFields.DUP_CLUSTER, "orig"))));
      assertThat(inCluster).isEqualTo(2);
    }
    try (LuceneStore store = LuceneStore.open(dir)) {
      // a re-run: every stored article keeps its mark, the original stays unmarked
      assertThat(store.markNearDuplicate(article("orig", WIRE)).meta().nearDuplicate()).isNull();
      NearDuplicate again = store.markNearDuplicate(article("copy2", WIRE.replace("constructive",
          "useful"))).meta().nearDuplicate();
      assertThat(again.cluster()).isEqualTo("orig");
    }
  }

  @Test
  void copies_within_one_batch_are_linked_before_anything_is_committed(@TempDir Path dir)
      throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      Article a = store.markNearDuplicate(article("a", WIRE));
      Article b = store.markNearDuplicate(article("b", WIRE + " Reporting by APA."));
      assertThat(a.meta().nearDuplicate()).isNull();
      assertThat(b.meta().nearDuplicate().of()).isEqualTo("a");
      store.put(AnalyzedArticle.of(a));
      store.put(AnalyzedArticle.of(b));
      store.commit();
      Article c = store.markNearDuplicate(article("c", WIRE.replace("Brussels", "Geneva")));
      assertThat(c.meta().nearDuplicate().cluster()).isEqualTo("a");
    }
  }

  @Test
  void the_outlet_is_stored_and_faceted(@TempDir Path dir) throws IOException {
    OutletRef tass = new OutletRef("tass", "TASS", "RU", "state", "wire", List.of("ru", "en"),
        "domain");
    Article a = article("t1", WIRE);
    a = a.withMeta(a.meta().withOutlet(tass, Provenance.FEED));
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(AnalyzedArticle.of(a));
      store.commit();
      ArticleMeta back = store.get("t1").orElseThrow().article().meta();
      assertThat(back.outlet()).isEqualTo(tass);
      assertThat(back.provenance()).containsEntry(ArticleField.OUTLET, Provenance.FEED);
      for (Map.Entry<String, String> f : Map.of(MetaFields.OUTLET, "tass",
          MetaFields.OUTLET_SIDE, "state", MetaFields.OUTLET_COUNTRY, "RU",
          MetaFields.OUTLET_TYPE, "wire").entrySet()) {
        long n = store.withSearcher(s -> (long) s.count(
            new TermQuery(new Term(f.getKey(), f.getValue()))));
        assertThat(n).as(f.getKey()).isEqualTo(1);
      }
    }
  }
}
