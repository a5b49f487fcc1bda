package org.caspian.bench;

import java.util.List;
import java.util.Locale;

/**
 * Results of one benchmark run.
 *
 * @param documents articles per pass
 * @param tokens tokens per pass
 * @param passes timed passes
 * @param stages per-stage timings on one thread
 * @param singleThreadTokensPerSecond whole pipeline, one thread
 * @param threads threads used for the parallel figure
 * @param parallelTokensPerSecond whole pipeline, all threads
 * @param baselineTokensPerSecond same-run baseline: ICU word segmentation of the same text
 */
public record BenchReport(
    int documents,
    long tokens,
    int passes,
    List<StageTiming> stages,
    double singleThreadTokensPerSecond,
    int threads,
    double parallelTokensPerSecond,
    double baselineTokensPerSecond) {

  /** CoreNLP 4.5.10 tokenize,ssplit,pos,lemma,ner with lean 3-class NER, one thread (STACK.md). */
  public static final double CORENLP_LEAN = 8_510;

  /** CoreNLP 4.5.10 with default annotators, one thread (STACK.md). */
  public static final double CORENLP_DEFAULT = 515;

  /**
   * Time spent in one stage.
   *
   * @param stage stage name
   * @param nanos total time over all timed passes
   * @param tokensPerSecond tokens of the corpus divided by the stage's time per pass, one thread
   * @param parallelTokensPerSecond the same on all threads: tokens divided by the stage's time
   *     summed over threads, times the thread count
   */
  public record StageTiming(
      String stage, long nanos, double tokensPerSecond, double parallelTokensPerSecond) {}

  /** A readable table. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "corpus: %,d articles, %,d tokens per pass, "
        + "%d timed passes%n%n", documents, tokens, passes));
    sb.append(String.format(Locale.ROOT, "%-12s %16s %8s %16s%n", "stage", "tokens/s 1 thr",
        "share", "tokens/s " + threads + " thr"));
    long total = stages.stream().mapToLong(StageTiming::nanos).sum();
    for (StageTiming s : stages) {
      sb.append(String.format(Locale.ROOT, "%-12s %,16.0f %7.1f%% %,16.0f%n", s.stage(),
          s.tokensPerSecond(), 100.0 * s.nanos() / Math.max(1, total),
          s.parallelTokensPerSecond()));
    }
    sb.append(String.format(Locale.ROOT, "%n%-34s %,14.0f tokens/s%n", "pipeline, 1 thread",
        singleThreadTokensPerSecond));
    sb.append(String.format(Locale.ROOT, "%-34s %,14.0f tokens/s (%.2fx one thread)%n",
        "pipeline, " + threads + " threads", parallelTokensPerSecond,
        parallelTokensPerSecond / singleThreadTokensPerSecond));
    sb.append(String.format(Locale.ROOT, "%-34s %,14.0f tokens/s%n",
        "baseline, ICU word segmentation", baselineTokensPerSecond));
    sb.append(String.format(Locale.ROOT, "%n1 thread vs ICU word segmentation (same run): %.2fx%n",
        singleThreadTokensPerSecond / baselineTokensPerSecond));
    sb.append(String.format(Locale.ROOT,
        "1 thread vs CoreNLP lean NER (8,510 tokens/s, STACK.md): %.1fx  (target >= 10x, goal 20x)%n",
        singleThreadTokensPerSecond / CORENLP_LEAN));
    sb.append(String.format(Locale.ROOT,
        "1 thread vs CoreNLP defaults (515 tokens/s, STACK.md): %.0fx%n",
        singleThreadTokensPerSecond / CORENLP_DEFAULT));
    return sb.toString();
  }
}
