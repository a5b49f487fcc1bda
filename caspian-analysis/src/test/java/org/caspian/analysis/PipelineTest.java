package org.caspian.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.caspian.analysis.sentence.SentenceStage;
import org.caspian.analysis.token.TokenStage;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Layer;
import org.junit.jupiter.api.Test;

class PipelineTest {

  /** A stage that needs actors and adds tone, to test ordering checks. */
  private static final class NeedsActors implements Stage {
    @Override
    public String name() {
      return "needs-actors";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.ACTORS, Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
      return Set.of(Layer.TONE);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void build_fails_naming_the_stage_and_missing_layer() {
    assertThatThrownBy(() -> Pipeline.builder().add(new TokenStage()).add(new NeedsActors()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs-actors")
        .hasMessageContaining("ACTORS")
        .hasMessageNotContaining("[ACTORS, TOKENS]");
  }

  @Test
  void runs_stages_in_order_and_records_layers() {
    Pipeline p = Pipeline.builder().add(SentenceStage.create()).add(new TokenStage()).build();
    AnalyzedArticle a = p.analyze(new Article("x", "", "", "", null, "One. Two."));
    assertThat(a.layers()).containsExactlyInAnyOrder(Layer.SENTENCES, Layer.TOKENS);
    assertThat(a.sentences()).hasSize(2);
    assertThat(p.provides()).containsExactlyInAnyOrder(Layer.SENTENCES, Layer.TOKENS);
  }

  @Test
  void a_failing_stage_is_reported_with_article_id_and_stage_name() {
    Stage fakeActors = new Stage() {
      @Override
      public String name() {
        return "fake-actors";
      }

      @Override
      public Set<Layer> requires() {
        return Set.of();
      }

      @Override
      public Set<Layer> provides() {
        return Set.of(Layer.ACTORS);
      }

      @Override
      public AnalyzedArticle apply(AnalyzedArticle in) {
        return in.withActors(java.util.List.of());
      }
    };
    Pipeline p = Pipeline.builder().add(new TokenStage()).add(fakeActors).add(new NeedsActors())
        .build();
    assertThatThrownBy(() -> p.analyze(new Article("art-9", "", "", "", null, "Text.")))
        .isInstanceOf(StageException.class)
        .hasMessageContaining("art-9")
        .hasMessageContaining("needs-actors");
  }
}
