package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.Stage;
import org.caspian.analysis.lang.FixedLanguageStage;
import org.caspian.bench.CorpusGenerator;
import org.caspian.ingest.IngestResult;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Layer;
import org.caspian.store.lucene.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {
  @TempDir Path dir;

  /** Counts the articles that reach the pipeline. */
  private static final class Counting implements Stage {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of();
    }

    @Override
    public Set<Layer> provides() {
      return Set.of();
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
      calls.incrementAndGet();
      return in;
    }
  }

  private static Indexer.Counts run(Pipeline p, LuceneStore store, List<Article> articles,
      InputFingerprint fp, List<Indexer.Counts> commits) throws IOException {
    ErrorLog errors = new ErrorLog(new PrintWriter(new StringWriter()));
    Progress record = new Progress() {
      @Override
      public void committed(Indexer.Counts c) {
        commits.add(c);
      }
    };
    try (Indexer indexer = new Indexer(() -> p, store, errors, 2, Batching.of(4), record, fp)) {
      for (Article a : articles) {
        indexer.accept(IngestResult.ok("test:" + a.id(), a));
      }
      indexer.accept(IngestResult.failed("test:bad", "unreadable"));
      return indexer.finish();
    }
  }

  @Test
  void commits_every_batch_and_a_rerun_of_the_same_build_skips_analysis() throws IOException {
    Counting counting = new Counting();
    Pipeline p = Pipeline.builder().add(new FixedLanguageStage("en")).add(counting).build();
    List<Article> articles = CorpusGenerator.create().generate(10, 1);
    InputFingerprint build1 = new InputFingerprint("build-1", true);
    try (LuceneStore store = LuceneStore.open(dir)) {
      List<Indexer.Counts> commits = new java.util.ArrayList<>();
      Indexer.Counts first = run(p, store, articles, build1, commits);
      assertThat(first).isEqualTo(new Indexer.Counts(10, 0, 1));
      assertThat(commits).extracting(Indexer.Counts::total).containsExactly(4, 8, 11);
      assertThat(counting.calls).hasValue(10);

      Indexer.Counts again = run(p, store, articles, build1, new java.util.ArrayList<>());
      assertThat(again.unchanged()).isEqualTo(10);
      assertThat(again.added()).isZero();
      assertThat(counting.calls).as("nothing analysed again").hasValue(10);

      Indexer.Counts rebuilt = run(p, store, articles, new InputFingerprint("build-2", true),
          new java.util.ArrayList<>());
      assertThat(rebuilt.unchanged()).isEqualTo(10);
      assertThat(counting.calls).as("a new build analyses again").hasValue(20);

      run(p, store, articles, new InputFingerprint("build-2", false), new java.util.ArrayList<>());
      assertThat(counting.calls).as("--reanalyze").hasValue(30);
      assertThat(store.count()).isEqualTo(10);
    }
  }

  @Test
  void the_fingerprint_changes_with_any_field_and_with_the_build() {
    Article a = CorpusGenerator.create().generate(1, 1).get(0);
    Article retitled = new Article(a.id(), a.title() + "!", a.source(), a.url(), a.published(),
        a.text());
    InputFingerprint fp = new InputFingerprint("b", true);
    assertThat(fp.of(a)).isEqualTo(fp.of(a)).isNotEqualTo(fp.of(retitled))
        .isNotEqualTo(new InputFingerprint("c", true).of(a));
    assertThat(InputFingerprint.currentBuild()).isEqualTo(InputFingerprint.currentBuild());
  }
}
