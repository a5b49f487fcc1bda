package org.caspian.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.Stage;
import org.caspian.analysis.token.TokenStage;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;

/**
 * Measures pipeline throughput in tokens per second (tokens as {@link TokenStage} counts them).
 * One warm-up pass, then {@code passes} timed passes per measurement. Not thread-safe; run one at
 * a time.
 */
public final class PipelineBench {
  private final Pipeline pipeline;
  private final int passes;
  private final int threads;
  private long sink;

  public PipelineBench(Pipeline pipeline, int passes, int threads) {
    this.pipeline = pipeline;
    this.passes = passes;
    this.threads = threads;
  }

  /** Runs all measurements over {@code corpus}. */
  public BenchReport run(List<Article> corpus) throws InterruptedException {
    TokenStage tokenizer = new TokenStage();
    long tokens = 0;
    for (Article a : corpus) {
      tokens += tokenizer.tokenize(a.text()).size();
    }
    List<Stage> stages = pipeline.stages();
    long[] stageNanos = new long[stages.size()];
    runStages(corpus, stages, new long[stages.size()]); // warm-up
    for (int p = 0; p < passes; p++) {
      runStages(corpus, stages, stageNanos);
    }
    AtomicLongArray parallelNanos = new AtomicLongArray(stages.size());
    double parallel = parallel(corpus, tokens, parallelNanos);
    List<BenchReport.StageTiming> timings = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < stages.size(); i++) {
      total += stageNanos[i];
      timings.add(new BenchReport.StageTiming(stages.get(i).name(), stageNanos[i],
          perSecond(tokens * passes, stageNanos[i]),
          perSecond(tokens * passes * threads, parallelNanos.get(i))));
    }
    double baseline = baseline(corpus, tokens);
    return new BenchReport(corpus.size(), tokens, passes, timings,
        perSecond(tokens * passes, total), threads, parallel, baseline);
  }

  private void runStages(List<Article> corpus, List<Stage> stages, long[] nanos) {
    for (Article article : corpus) {
      AnalyzedArticle a = AnalyzedArticle.of(article);
      for (int i = 0; i < stages.size(); i++) {
        long t0 = System.nanoTime();
        a = stages.get(i).apply(a);
        nanos[i] += System.nanoTime() - t0;
      }
      sink += a.events().size() + a.actors().size();
    }
  }

  /**
   * Whole-pipeline throughput on all threads; also fills {@code stageNanos} with each stage's
   * time summed over the threads, from which per-stage throughput on N threads is estimated.
   */
  private double parallel(List<Article> corpus, long tokens, AtomicLongArray stageNanos)
      throws InterruptedException {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "caspian-bench-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      runParallel(pool, corpus, new AtomicLongArray(stageNanos.length())); // warm-up
      long t0 = System.nanoTime();
      for (int p = 0; p < passes; p++) {
        runParallel(pool, corpus, stageNanos);
      }
      return perSecond(tokens * passes, System.nanoTime() - t0);
    } finally {
      pool.shutdownNow();
    }
  }

  private void runParallel(ExecutorService pool, List<Article> corpus, AtomicLongArray nanos)
      throws InterruptedException {
    List<Stage> stages = pipeline.stages();
    List<Future<Integer>> futures = new ArrayList<>(corpus.size());
    for (Article article : corpus) {
      futures.add(pool.submit(() -> {
        AnalyzedArticle a = AnalyzedArticle.of(article);
        for (int i = 0; i < stages.size(); i++) {
          long t0 = System.nanoTime();
          a = stages.get(i).apply(a);
          nanos.addAndGet(i, System.nanoTime() - t0);
        }
        return a.events().size();
      }));
    }
    for (Future<Integer> f : futures) {
      try {
        sink += f.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("pipeline failed during benchmark", e.getCause());
      }
    }
  }

  /** ICU word segmentation over the same text: pass -1 warms up, the rest are timed. */
  private double baseline(List<Article> corpus, long tokens) {
    BreakIterator words = BreakIterator.getWordInstance(ULocale.ENGLISH);
    long t0 = 0;
    for (int p = -1; p < passes; p++) {
      if (p == 0) {
        t0 = System.nanoTime();
      }
      for (Article a : corpus) {
        words.setText(a.text());
        int count = 0;
        for (int b = words.next(); b != BreakIterator.DONE; b = words.next()) {
          if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
            count++;
          }
        }
        sink += count;
      }
    }
    return perSecond(tokens * passes, System.nanoTime() - t0);
  }

  /** A value derived from all results, so the JIT cannot drop the work. */
  public long sink() {
    return sink;
  }

  private static double perSecond(long tokens, long nanos) {
    return nanos <= 0 ? 0 : tokens * 1e9 / nanos;
  }
}
