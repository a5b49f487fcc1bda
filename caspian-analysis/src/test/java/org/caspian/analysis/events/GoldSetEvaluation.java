package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.Pipelines;
import org.caspian.analysis.Stage;
import org.caspian.analysis.eval.EvalReport;
import org.caspian.analysis.eval.Evaluator;
import org.caspian.analysis.eval.GoldSet;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Layer;
import org.junit.jupiter.api.Test;

/**
 * Prints the project's own English gold set scores for the standard pipeline followed by the event
 * stage (language fixed to English so Lingua need not load). A report, not a threshold: the only
 * assertion is that events were found at all.
 */
class GoldSetEvaluation {

  @Test
  void standardPipelineWithEvents() {
    Stage english = new Stage() {
      @Override
      public String name() {
        return "language(en)";
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
    };
    Pipeline.Builder b = Pipeline.builder();
    Pipelines.standard(english).stages().forEach(b::add);
    Pipeline pipeline = b.add(EventStage.create()).build();
    EvalReport report = new Evaluator(pipeline).run(GoldSet.load());
    System.out.print(System.getProperty("gold.diffs") != null ? report.formatWithDiffs()
        : report.format());
    assertThat(report.events().predicted()).isPositive();
  }
}
