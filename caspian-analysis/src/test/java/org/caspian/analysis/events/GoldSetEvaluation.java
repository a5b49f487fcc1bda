package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.caspian.analysis.Pipeline;
import org.caspian.analysis.Pipelines;
import org.caspian.analysis.lang.FixedLanguageStage;
import org.caspian.analysis.eval.EvalReport;
import org.caspian.analysis.eval.Evaluator;
import org.caspian.analysis.eval.GoldSet;
import org.junit.jupiter.api.Test;

/**
 * Prints the project's own English gold set scores for the standard pipeline followed by the event
 * stage (language fixed to English so Lingua need not load). A report, not a threshold: the only
 * assertion is that events were found at all.
 */
class GoldSetEvaluation {

  @Test
  void standardPipelineWithEvents() {
    Pipeline pipeline = Pipelines.standard(new FixedLanguageStage("en"));
    EvalReport report = new Evaluator(pipeline).run(GoldSet.load());
    System.out.print(System.getProperty("gold.diffs") != null ? report.formatWithDiffs()
        : report.format());
    assertThat(report.events().predicted()).isPositive();
  }
}
