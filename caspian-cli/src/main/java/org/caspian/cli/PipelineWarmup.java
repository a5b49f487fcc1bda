package org.caspian.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.Stage;
import org.caspian.analysis.lang.LanguageStage;
import org.caspian.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readies a pipeline before a long-running command waits for work: loads Lingua's language models
 * (which the language stage otherwise loads on the first article its script check cannot settle,
 * seconds on a busy machine) and analyses the built-in sample corpus once (every language, so the
 * lazily loaded dictionaries are in memory and the JIT has compiled the hot paths). {@code watch}
 * does this so the first new item after start-up is as fast to become searchable as any other.
 */
final class PipelineWarmup {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineWarmup.class);
  /** Latin text without English function words: the script check leaves it to Lingua. */
  private static final String FOR_LINGUA = "Hukumet yetkilileri bugun gorustu";

  private PipelineWarmup() {}

  /** Warms {@code pipeline} up; returns the articles analysed (failures are only logged). */
  static int run(Pipeline pipeline) {
    long t0 = System.nanoTime();
    for (Stage s : pipeline.stages()) {
      if (s instanceof LanguageStage language) {
        language.detect(FOR_LINGUA);
      }
    }
    List<Article> sample = new ArrayList<>();
    try {
      new SampleCorpus().read(r -> {
        if (r.succeeded()) {
          sample.add(r.article());
        }
      });
    } catch (IOException e) {
      LOG.warn("warm-up: cannot read the sample corpus: {}", e.getMessage());
    }
    int n = 0;
    for (Article a : sample) {
      try {
        pipeline.analyze(a);
        n++;
      } catch (RuntimeException e) {
        LOG.warn("warm-up: {}: {}", a.id(), e.getMessage());
      }
    }
    LOG.info("pipeline warmed up in {} ms ({} sample articles)", (System.nanoTime() - t0) / 1_000_000,
        n);
    return n;
  }
}
