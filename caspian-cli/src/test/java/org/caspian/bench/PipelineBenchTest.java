package org.caspian.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.Pipelines;
import org.caspian.analysis.Stage;
import org.caspian.analysis.lang.FixedLanguageStage;
import org.caspian.analysis.token.TokenStage;
import org.caspian.model.Article;
import org.junit.jupiter.api.Test;

/** Checks what the benchmark reports, never how fast anything is. */
class PipelineBenchTest {

  @Test
  void generator_is_deterministic_per_seed_and_fills_every_slot() {
    CorpusGenerator g = CorpusGenerator.create();
    List<Article> a = g.generate(5, 42);
    assertThat(a).extracting(Article::text).isEqualTo(g.generate(5, 42).stream()
        .map(Article::text).toList());
    assertThat(a.get(0).text()).isNotEqualTo(g.generate(1, 43).get(0).text());
    assertThat(a).allSatisfy(x -> assertThat(x.text()).doesNotContain("{").doesNotContain("}"));
  }

  @Test
  void report_covers_every_stage_and_counts_tokens_like_the_token_stage() throws Exception {
    Pipeline pipeline = Pipelines.standard(new FixedLanguageStage("en"));
    List<Article> corpus = CorpusGenerator.create().generate(6, 7);
    long tokens = corpus.stream().mapToLong(x -> new TokenStage().tokenize(x.text()).size()).sum();
    BenchReport r = new PipelineBench(pipeline, 1, 2).run(corpus);
    assertThat(r.tokens()).isEqualTo(tokens);
    assertThat(r.documents()).isEqualTo(6);
    assertThat(r.stages()).extracting(BenchReport.StageTiming::stage)
        .containsExactlyElementsOf(pipeline.stages().stream().map(Stage::name).toList());
    assertThat(r.stages()).allSatisfy(s -> {
      assertThat(s.nanos()).isPositive();
      assertThat(s.tokensPerSecond()).isPositive();
      assertThat(s.parallelTokensPerSecond()).isPositive();
    });
    assertThat(r.singleThreadTokensPerSecond()).isPositive();
    assertThat(r.format()).contains("pipeline, 1 thread", "pipeline, 2 threads",
        "CoreNLP lean NER", "ICU word segmentation");
  }
}
