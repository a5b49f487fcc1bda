package org.caspian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caspian.analysis.Pipeline;
import org.caspian.ingest.FileIngestor;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.store.lucene.LuceneStore;

/**
 * Measures ingest end to end, as {@code caspian ingest} runs it: text files in, a committed,
 * searchable index out, in articles and words per second. Two passes into fresh indexes (the
 * first with a cold JIT), then, over the same files in the same run, the parts alone: reading
 * (decode and parse), analysis in memory on the same threads, and storing already analysed
 * articles on the same threads. From the parts it derives what a perfect pipeline would reach if
 * the three ran one after the other per article on all threads (1 / (1/read + 1/analysis +
 * 1/store)); the second pass against it is the overhead of the ingest itself.
 */
final class EndToEndBench {

  /**
   * Figures of one run, all per second of wall time.
   *
   * @param articles articles (files) per pass
   * @param words words per pass (whitespace-separated)
   * @param threads analysis threads
   * @param cold first end-to-end pass, articles/s
   * @param warm second end-to-end pass into a new index, articles/s
   * @param readOnly reading the files alone, articles/s
   * @param analysisOnly the pipeline alone over the read articles, articles/s
   * @param storeOnly putting the analysed articles into a new index on the analysis threads and
   *     committing, articles/s
   * @param cpu CPU time of the whole process per article, in ms, for the same five figures in the
   *     same order (steadier than wall time on a shared machine)
   */
  record Report(int articles, long words, int threads, double cold, double warm,
      double readOnly, double analysisOnly, double storeOnly, double[] cpu) {

    String format() {
      double wordsPer = (double) words / articles;
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "%nend to end: %,d text files in, committed index out; "
          + "%,d words (%.0f per article); %d analysis threads%n", articles, words, wordsPer,
          threads));
      line(sb, "ingest, first pass (cold JIT)", cold, wordsPer, cpu[0]);
      line(sb, "ingest, second pass (new index)", warm, wordsPer, cpu[1]);
      sb.append(String.format(Locale.ROOT, "baselines, same files, same run:%n"));
      line(sb, "read + decode + parse only", readOnly, wordsPer, cpu[2]);
      line(sb, "analysis only, in memory", analysisOnly, wordsPer, cpu[3]);
      line(sb, "store only (put + commit)", storeOnly, wordsPer, cpu[4]);
      double parts = 1 / (1 / readOnly + 1 / analysisOnly + 1 / storeOnly);
      double partsCpu = cpu[2] + cpu[3] + cpu[4];
      line(sb, "the three parts back to back", parts, wordsPer, partsCpu);
      sb.append(String.format(Locale.ROOT, "CPU per article, second pass / the three parts: "
          + "%.2fx; store / analysis: %.2fx%n", cpu[1] / partsCpu, cpu[4] / cpu[3]));
      sb.append(String.format(Locale.ROOT, "second pass vs the parts back to back: %.2fx; vs "
          + "analysis only: %.2fx; store only / analysis only: %.2fx; first / second pass: %.2fx; "
          + "vs the target of 1,000 articles/s: %.2fx%n", warm / parts, warm / analysisOnly,
          storeOnly / analysisOnly, cold / warm, warm / 1000));
      return sb.toString();
    }

    private static void line(StringBuilder sb, String what, double articlesPerSecond,
        double wordsPerArticle, double cpuMs) {
      sb.append(String.format(Locale.ROOT, "  %-34s %,10.0f articles/s %,12.0f words/s %7.2f "
          + "CPU ms/article%n", what, articlesPerSecond, articlesPerSecond * wordsPerArticle,
          cpuMs));
    }
  }

  private final Pipeline pipeline;
  private final int threads;

  EndToEndBench(Pipeline pipeline, int threads) {
    this.pipeline = pipeline;
    this.threads = threads;
  }

  /** Writes {@code corpus} as text files under {@code work} and measures; leaves the files. */
  Report run(List<Article> corpus, Path work) throws IOException, InterruptedException {
    Path docs = Files.createDirectories(work.resolve("docs"));
    long words = 0;
    for (Article a : corpus) {
      Files.writeString(docs.resolve(a.id() + ".txt"), "Title: " + a.title() + "\nSource: "
          + a.source() + "\nPublished: " + a.published() + "\n\n" + a.text() + "\n");
      words += a.text().split("\\s+").length;
    }
    FileIngestor ingestor = new FileIngestor();
    List<Path> files = ingestor.files(List.of(docs), r -> {
      throw new IllegalStateException(r.message());
    });
    double[] cpu = new double[5];
    long c0 = cpuNanos();
    double cold = ingest(ingestor, files, work.resolve("index-1"));
    cpu[0] = perArticle(files.size(), cpuNanos() - c0);
    c0 = cpuNanos();
    double warm = ingest(ingestor, files, work.resolve("index-2"));
    cpu[1] = perArticle(files.size(), cpuNanos() - c0);

    List<Article> read = new ArrayList<>();
    c0 = cpuNanos();
    long t0 = System.nanoTime();
    for (Path f : files) {
      ingestor.readFile(f, r -> read.add(r.article()), () -> false);
    }
    double readOnly = perSecond(files.size(), System.nanoTime() - t0);
    cpu[2] = perArticle(files.size(), cpuNanos() - c0);

    List<AnalyzedArticle> analysed = new ArrayList<>();
    c0 = cpuNanos();
    t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<AnalyzedArticle>> futures = new ArrayList<>();
      for (Article a : read) {
        futures.add(pool.submit(() -> pipeline.analyze(a)));
      }
      for (Future<AnalyzedArticle> f : futures) {
        analysed.add(f.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed during the benchmark", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double analysisOnly = perSecond(read.size(), System.nanoTime() - t0);
    cpu[3] = perArticle(read.size(), cpuNanos() - c0);

    c0 = cpuNanos();
    t0 = System.nanoTime();
    try (LuceneStore store = LuceneStore.open(work.resolve("index-3"))) {
      ExecutorService puts = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Boolean>> futures = new ArrayList<>();
        for (AnalyzedArticle a : analysed) {
          futures.add(puts.submit(() -> store.put(a)));
        }
        for (Future<Boolean> f : futures) {
          f.get();
        }
      } catch (ExecutionException e) {
        throw new IllegalStateException("storing failed during the benchmark", e.getCause());
      } finally {
        puts.shutdownNow();
      }
      store.commit();
    }
    double storeOnly = perSecond(analysed.size(), System.nanoTime() - t0);
    cpu[4] = perArticle(analysed.size(), cpuNanos() - c0);
    return new Report(files.size(), words, threads, cold, warm, readOnly, analysisOnly,
        storeOnly, cpu);
  }

  private double ingest(FileIngestor ingestor, List<Path> files, Path index) throws IOException {
    StringWriter errText = new StringWriter();
    ErrorLog errors = new ErrorLog(new PrintWriter(errText));
    long t0 = System.nanoTime();
    Indexer.Counts c;
    try (LuceneStore store = LuceneStore.open(index)) {
      c = new IngestRun(ingestor, () -> pipeline, threads, Batching.of(Batching.DEFAULT_SIZE),
          InputFingerprint.current(true))
          .run(files, store, errors, Progress.NONE, () -> false);
    }
    long nanos = System.nanoTime() - t0;
    if (c.failed() > 0 || c.added() != files.size()) {
      throw new IllegalStateException("benchmark ingest failed: " + c + " " + errText);
    }
    return perSecond(files.size(), nanos);
  }

  /** CPU time of the whole process (every thread, the JIT and the collector included). */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double perArticle(long n, long cpuNanos) {
    return n <= 0 ? 0 : cpuNanos / 1e6 / n;
  }

  private static double perSecond(long n, long nanos) {
    return nanos <= 0 ? 0 : n * 1e9 / nanos;
  }
}
