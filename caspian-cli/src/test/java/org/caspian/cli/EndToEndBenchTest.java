package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caspian.analysis.Pipelines;
import org.caspian.analysis.lang.FixedLanguageStage;
import org.caspian.bench.CorpusGenerator;
import org.caspian.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks what the end-to-end benchmark counts and prints, never how fast anything is. */
class EndToEndBenchTest {
  @TempDir Path dir;

  @Test
  void counts_every_file_and_word_and_prints_each_figure_with_its_baselines() throws Exception {
    List<Article> corpus = CorpusGenerator.create().generate(8, 3);
    long words = corpus.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
    EndToEndBench.Report r = new EndToEndBench(
        Pipelines.standard(new FixedLanguageStage("en")), 2).run(corpus, dir);
    assertThat(r.articles()).isEqualTo(8);
    assertThat(r.words()).isEqualTo(words);
    assertThat(List.of(r.cold(), r.warm(), r.readOnly(), r.analysisOnly(), r.storeOnly()))
        .allSatisfy(x -> assertThat(x).isPositive());
    // process CPU time ticks coarsely: a part over 8 small files may read as zero
    assertThat(java.util.Arrays.stream(r.cpu()).boxed().toList()).hasSize(5)
        .allSatisfy(x -> assertThat(x).isNotNegative());
    assertThat(r.cpu()[0]).as("the cold pass loads and compiles: it costs CPU").isPositive();
    try (var files = Files.list(dir.resolve("docs"))) {
      assertThat(files.count()).isEqualTo(8);
    }
    assertThat(r.format()).contains("ingest, first pass", "ingest, second pass",
        "read + decode + parse only", "analysis only, in memory", "store only",
        "articles/s", "words/s", "vs analysis only", "CPU ms/article",
        "CPU per article, second pass / the three parts");
  }
}
