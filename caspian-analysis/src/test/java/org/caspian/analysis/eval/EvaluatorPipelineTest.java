package org.caspian.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.caspian.analysis.Pipelines;
import org.caspian.analysis.Stage;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Layer;
import org.junit.jupiter.api.Test;

/** Runs the bundled gold set through the real pipeline: the path the CLI's eval command takes. */
class EvaluatorPipelineTest {

  @Test
  void bundledGoldSetRunsThroughTheStandardPipeline() {
    GoldSet gold = GoldSet.load();
    EvalReport report = new Evaluator(Pipelines.standard(new English())).run(gold);

    int actors = gold.items().stream().mapToInt(i -> i.actors().size()).sum();
    int events = gold.items().stream().mapToInt(i -> i.events().size()).sum();
    int quotes = gold.items().stream().mapToInt(i -> i.quotes().size()).sum();
    assertThat(report.failed()).isZero();
    assertThat(report.items()).isEqualTo(gold.size());
    assertThat(report.actors().gold()).isEqualTo(actors);
    assertThat(report.events().gold()).isEqualTo(events);
    assertThat(report.quotes().gold()).isEqualTo(quotes);
    assertThat(report.perItem()).hasSize(gold.size());
    assertThat(report.format()).contains("actors", "events", "quotes");
  }

  /** Marks every article as English, so the test does not load Lingua. */
  private static final class English implements Stage {
    @Override
    public String name() {
      return "english";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of();
    }

    @Override
    public Set<Layer> provides() {
      return Set.of(Layer.LANGUAGE);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
      return in.withLanguage("en");
    }
  }
}
