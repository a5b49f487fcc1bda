package org.caspian.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caspian.store.testing.TestArticles.article;
import static org.caspian.store.testing.TestArticles.ev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Layer;
import org.caspian.model.Modality;
import org.caspian.model.Span;
import org.caspian.store.json.ArticleJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneStoreTest {
  private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);

  @TempDir
  Path dir;

  static AnalyzedArticle baku(String id, double goldstein) {
    return article(id, "Baku summons Russian envoy over raid in Yekaterinburg", "Trend",
        JUNE_30,
        List.of("Azerbaijan's foreign ministry summoned the Russian ambassador on Monday.",
            "Baku said it would not send a delegation to Moscow this month.",
            "Officials in Yekaterinburg detained several Azerbaijani citizens."),
        List.of(
            ev("Azerbaijan's foreign ministry summoned the Russian ambassador on Monday.",
                "summoned", "AZEGOV", "RUSGOV", "111", goldstein, 3),
            ev("Baku said it would not send a delegation to Moscow this month.", "send",
                "AZEGOV", "RUSGOV", "036", 4.0, 1, Modality.NEGATED, null),
            ev("Officials in Yekaterinburg detained several Azerbaijani citizens.", "detained",
                "RUSGOV", "AZE", "173", -5.0, 4, Modality.ASSERTED, LocalDate.of(2025, 6, 27))));
  }

  @Test
  void put_then_get_returns_the_same_article() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      AnalyzedArticle a = baku("a1", -4.0);
      assertThat(store.put(a)).isTrue();
      Optional<AnalyzedArticle> back = store.get("a1");
      assertThat(back).isPresent();
      assertThat(back.get().article()).isEqualTo(a.article());
      assertThat(back.get().events()).isEqualTo(a.events());
      assertThat(back.get().actors()).isEqualTo(a.actors());
      assertThat(back.get().sentences()).isEqualTo(a.sentences());
      assertThat(back.get().language()).isEqualTo("en");
      assertThat(back.get().has(Layer.EVENTS)).isTrue();
      assertThat(store.get("missing")).isEmpty();
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void inferred_is_written_only_for_an_inferred_actor_and_read_back() throws IOException {
    AnalyzedArticle base = baku("a1", -4.0);
    int at = base.text().indexOf("foreign ministry");
    List<ActorMention> actors = new ArrayList<>(base.actors());
    actors.add(new ActorMention("AZEGOV", "AZE", "Azerbaijan Foreign Ministry",
        ActorType.INSTITUTION, new Span(at, at + 16), "foreign ministry", true));
    AnalyzedArticle a = base.withActors(actors);
    JsonNode written = new ObjectMapper().readTree(new ArticleJson().toStoredLine(a))
        .get("actors");
    assertThat(written).hasSize(actors.size());
    for (int i = 0; i < actors.size(); i++) {
      assertThat(written.get(i).has("inferred")).as("actor %d", i)
          .isEqualTo(actors.get(i).inferred());
    }
    assertThat(written.get(actors.size() - 1).get("inferred").asBoolean()).isTrue();
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(a);
      List<ActorMention> back = store.get("a1").orElseThrow().actors();
      assertThat(back).isEqualTo(actors);
      assertThat(back).filteredOn(ActorMention::inferred).hasSize(1);
    }
  }

  @Test
  void re_putting_an_identical_article_changes_nothing_on_disk() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThat(store.put(baku("a1", -4.0))).isTrue();
      store.commit();
      TreeMap<String, Long> before = files();
      int maxDocBefore = maxDoc(store);

      assertThat(store.put(baku("a1", -4.0))).isFalse();
      store.commit();

      assertThat(files()).isEqualTo(before);
      assertThat(maxDoc(store)).isEqualTo(maxDocBefore).isEqualTo(4);
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void a_changed_analysis_replaces_the_article_and_its_events() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(baku("a1", -4.0));
      AnalyzedArticle changed = baku("a1", -2.0);
      AnalyzedArticle fewer = changed.withEvents(changed.events().subList(0, 1));
      assertThat(store.put(fewer)).isTrue();
      assertThat(store.count()).isEqualTo(1);
      assertThat(events(store)).isEqualTo(1);
      assertThat(store.get("a1").orElseThrow().events()).singleElement()
          .satisfies(e -> assertThat(e.goldstein()).isEqualTo(-2.0));
    }
  }

  @Test
  void committed_articles_survive_close_and_reopen() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(baku("a1", -4.0));
      store.put(baku("a2", -4.0));
    }
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThat(store.count()).isEqualTo(2);
      assertThat(events(store)).isEqualTo(6);
      assertThat(store.get("a2").orElseThrow().article().title()).startsWith("Baku summons");
      assertThat(store.put(baku("a2", -4.0))).isFalse();
    }
  }

  @Test
  void uncommitted_puts_are_searchable_but_not_yet_on_disk() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(baku("a1", -4.0));
      long hits = store.withSearcher(s -> (long) s.count(new TermQuery(new Term(Schema.TEXT,
          "yekaterinburg"))));
      assertThat(hits).isEqualTo(1);
      assertThat(committedDocs()).isZero();
      store.commit();
      assertThat(committedDocs()).isEqualTo(4);
    }
  }

  @Test
  void concurrent_puts_store_each_article_once() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (LuceneStore store = LuceneStore.open(dir)) {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        tasks.add(() -> {
          int changed = 0;
          for (int i = 0; i < 60; i++) {
            if (store.put(baku("c" + i, -4.0))) {
              changed++;
            }
            if (i % 10 == 0) {
              store.count();
            }
          }
          return changed;
        });
      }
      int total = 0;
      for (Future<Integer> f : pool.invokeAll(tasks)) {
        total += f.get();
      }
      assertThat(total).isEqualTo(60);
      assertThat(store.count()).isEqualTo(60);
      assertThat(events(store)).isEqualTo(180);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void odd_text_is_stored_and_read_back() throws IOException {
    String odd = "\u0628\u0627\u0643\u0648 \uD83C\uDDE6\uD83C\uDDFF " + "x".repeat(200_000);
    AnalyzedArticle a = article("odd", "", "", null, List.of(odd), List.of());
    AnalyzedArticle empty = article("empty", "", "", null, List.of(""), List.of());
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThat(store.put(a)).isTrue();
      assertThat(store.put(empty)).isTrue();
      assertThat(store.get("odd").orElseThrow().text()).isEqualTo(odd);
      assertThat(store.get("empty").orElseThrow().text()).isEmpty();
    }
  }

  @Test
  void a_locked_index_fails_with_the_directory_in_the_message() throws IOException {
    try (LuceneStore first = LuceneStore.open(dir)) {
      assertThatThrownBy(() -> LuceneStore.open(dir))
          .isInstanceOf(IOException.class)
          .hasMessageContaining(dir.toAbsolutePath().toString())
          .hasMessageContaining("locked");
      assertThat(first.count()).isZero();
    }
  }

  @Test
  void a_corrupt_index_fails_with_the_directory_in_the_message() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(baku("a1", -4.0));
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments_"))
          .toList()) {
        Files.write(p, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
      }
    }
    assertThatThrownBy(() -> LuceneStore.open(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(dir.toAbsolutePath().toString());
  }

  @Test
  void a_closed_store_refuses_writes() throws IOException {
    LuceneStore store = LuceneStore.open(dir);
    store.close();
    store.close();
    assertThatThrownBy(() -> store.put(baku("a1", -4.0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  private static int maxDoc(LuceneStore store) throws IOException {
    Integer n = store.withSearcher(s -> s.getIndexReader().maxDoc());
    return n;
  }

  private static int events(LuceneStore store) throws IOException {
    return store.withSearcher(s -> s.count(Schema.kind(Schema.KIND_EVENT)));
  }

  private TreeMap<String, Long> files() throws IOException {
    TreeMap<String, Long> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        if (!p.getFileName().toString().equals("write.lock")) {
          out.put(p.getFileName().toString(), Files.size(p));
        }
      }
    }
    return out;
  }

  private int committedDocs() throws IOException {
    try (FSDirectory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) {
        return 0;
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        return r.maxDoc();
      }
    }
  }

  @Test
  void the_input_fingerprint_is_kept_and_updated_without_counting_as_a_change() throws IOException {
    AnalyzedArticle a = baku("f1", -4.0);
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThat(store.holds("f1", "in-1")).isFalse();
      assertThat(store.put(a, "in-1")).isTrue();
      assertThat(store.holds("f1", "in-1")).as("before a commit").isTrue();
      assertThat(store.holds("f1", "in-2")).isFalse();
      store.commit();
      assertThat(store.put(a, "in-2")).as("same analysis, new fingerprint").isFalse();
      assertThat(store.holds("f1", "in-2")).isTrue();
      assertThat(store.holds("f1", "in-1")).isFalse();
      assertThat(store.put(a)).isFalse();
      assertThat(store.count()).isEqualTo(1);
    }
    try (LuceneStore store = LuceneStore.open(dir);
        ReadOnlyLuceneStore reader = ReadOnlyLuceneStore.open(dir)) {
      assertThat(store.holds("f1", "in-2")).as("after reopening").isTrue();
      assertThat(reader.holds("f1", "in-2")).isTrue();
      assertThat(reader.holds("f1", "in-1")).isFalse();
    }
  }
}
