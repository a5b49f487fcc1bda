package org.caspian.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caspian.model.AnalyzedArticle;
import org.caspian.query.CorpusQueries;
import org.caspian.query.CountLimits;
import org.caspian.query.LuceneCorpusQueries;
import org.caspian.query.PageRequest;
import org.caspian.query.SearchFilters;
import org.caspian.query.SearchRequest;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.lucene.ReadOnlyLuceneStore;

/**
 * Search latency under concurrent readers: builds (or reuses) an index of generated articles, then
 * has {@code readers} threads run searches made from random corpus words through {@link
 * CorpusQueries} (what the API does: parse, filter, count facets, highlight a page of 20) for a
 * number of seconds, first new searches, then each search paged through five pages, and reports
 * the latency percentiles, throughput and CPU per search of each, first searching as before
 * ({@link LuceneCorpusQueries#baseline}: every match counted, hits highlighted against every
 * language), then as the API does ({@link CountLimits#DEFAULT}), with the ratios.
 */
public final class SearchBench {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final int articles;
  private final int readers;
  private final int seconds;
  private final long seed;

  /** A benchmark of {@code articles} articles, {@code readers} threads, {@code seconds} long. */
  public SearchBench(int articles, int readers, int seconds, long seed) {
    this.articles = articles;
    this.readers = readers;
    this.seconds = seconds;
    this.seed = seed;
  }

  /** Builds the index in {@code index} unless it already holds the corpus, then measures. */
  public void run(Path index, PrintWriter out) throws Exception {
    build(index, out);
    try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(index)) {
      CorpusQueries queries = LuceneCorpusQueries.over(store);
      CorpusQueries baseline = LuceneCorpusQueries.baseline(store);
      List<String> words = words();
      if (queries.searchArticles(SearchRequest.of(words.get(0), 20)).results().total() == 0) {
        throw new IllegalStateException("the benchmark's words match nothing in " + index);
      }
      measure(baseline, words, 1, 3, out, null); // warm-up: JIT, facet ordinals
      measure(queries, words, 1, 3, out, null);
      for (int pages : new int[] {1, 5}) {
        String what = pages == 1 ? "new searches, page 1 each"
            : "each search paged through pages 1-5";
        Figures before = measure(baseline, words, pages, seconds, out,
            "BASELINE (every match counted exactly, hits highlighted against every language), "
                + what);
        Figures after = measure(queries, words, pages, seconds, out,
            "THIS (exact up to " + CountLimits.DEFAULT.exactLimit() + " matches, then a sample "
                + "of about " + CountLimits.DEFAULT.sampleSize() + "), " + what);
        out.printf(Locale.ROOT, "this / baseline: p50 %.2f  p95 %.2f  p99 %.2f  CPU per search "
            + "%.2f  searches/s %.2f%n%n", after.p50() / before.p50(), after.p95() / before.p95(),
            after.p99() / before.p99(), after.cpuMs() / before.cpuMs(),
            after.perSecond() / before.perSecond());
        out.flush();
      }
    }
  }

  /** What one measurement found: latency percentiles in ms, CPU ms per search, searches/s. */
  private record Figures(double p50, double p95, double p99, double cpuMs, double perSecond) {}

  private void build(Path index, PrintWriter out) throws IOException {
    if (Files.isDirectory(index)) {
      try (ReadOnlyLuceneStore s = ReadOnlyLuceneStore.open(index)) {
        if (s.count() == articles) {
          out.printf(Locale.ROOT, "index %s already holds %d articles%n", index, articles);
          return;
        }
      } catch (IOException | RuntimeException e) {
        // not a usable index: rebuilt below
      }
    }
    long t0 = System.nanoTime();
    SearchCorpus corpus = new SearchCorpus();
    try (LuceneStore store = LuceneStore.open(index)) {
      for (int from = 0; from < articles; from += 1000) {
        for (AnalyzedArticle a : corpus.batch(from, Math.min(1000, articles - from), seed)) {
          store.put(a);
        }
        if (from % 20_000 == 0 && from > 0) {
          out.printf(Locale.ROOT, "  %d articles indexed%n", from);
          out.flush();
        }
      }
      store.commit();
    }
    out.printf(Locale.ROOT, "built %s: %d articles in %.0f s%n", index, articles,
        (System.nanoTime() - t0) / 1e9);
    out.flush();
  }

  /** Words of the corpus, to make queries from. */
  private List<String> words() {
    List<String> words = new ArrayList<>();
    for (AnalyzedArticle a : new SearchCorpus().batch(0, 200, seed)) {
      for (String w : a.text().split("[^\\p{L}]+")) {
        if (w.length() > 3) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }

  /**
   * {@code count} searches made from random corpus words, alone, ANDed, ORed with an outlet
   * country filter, as phrases, with a date range, with actor/side/event-type filters, and
   * blank; each repeated for pages 1 to {@code pages} in turn.
   */
  private static List<SearchRequest> requests(List<String> words, Random rnd, int count,
      int pages) {
    SearchFilters aze = new SearchFilters(List.of(), List.of("AZE"), List.of(), List.of(),
        List.of(), List.of(), null, null);
    SearchFilters dated = SearchFilters.NONE.between(LocalDate.of(2024, 6, 1),
        LocalDate.of(2024, 9, 30));
    SearchFilters typed = new SearchFilters(List.of(), List.of(), List.of("RUS"), List.of(),
        List.of("RUS"), List.of("11"), null, null);
    List<SearchRequest> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String w1 = words.get(rnd.nextInt(words.size()));
      String w2 = words.get(rnd.nextInt(words.size()));
      String q;
      SearchFilters f = SearchFilters.NONE;
      switch (i % 7) {
        case 0 -> q = w1;
        case 1 -> q = w1 + " " + w2;
        case 2 -> {
          q = w1 + " OR " + w2;
          f = aze;
        }
        case 3 -> q = "\"" + w1 + " " + w2 + "\"";
        case 4 -> {
          q = w1;
          f = dated;
        }
        case 5 -> {
          q = w2;
          f = typed;
        }
        default -> {
          q = "";
          f = rnd.nextBoolean() ? aze : dated;
        }
      }
      for (int p = 1; p <= pages; p++) {
        out.add(new SearchRequest(q, f, new PageRequest(p, 20)));
      }
    }
    return out;
  }

  private Figures measure(CorpusQueries queries, List<String> words, int pages, int secs,
      PrintWriter out, String label) throws Exception {
    long end = System.nanoTime() + secs * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    List<Future<long[]>> futures = new ArrayList<>();
    for (int r = 0; r < readers; r++) {
      List<SearchRequest> mix = requests(words, new Random(seed + r * 7919L + pages), 3000,
          pages);
      futures.add(pool.submit(() -> {
        long[] lat = new long[1 << 16];
        int n = 0;
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; System.nanoTime() < end; i++) {
          long t = System.nanoTime();
          queries.searchArticles(mix.get(i % mix.size()));
          if (n + 1 >= lat.length) {
            lat = Arrays.copyOf(lat, n * 2);
          }
          lat[n++] = System.nanoTime() - t;
        }
        lat[n++] = THREADS.getCurrentThreadCpuTime() - cpu0; // last slot: this thread's CPU
        return Arrays.copyOf(lat, n);
      }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      all.add(f.get());
    }
    pool.shutdown();
    if (label == null) {
      return null;
    }
    long cpu = all.stream().mapToLong(a -> a[a.length - 1]).sum();
    long[] lat = all.stream().flatMapToLong(a -> Arrays.stream(a, 0, a.length - 1)).sorted()
        .toArray();
    out.printf(Locale.ROOT, "%s: search over %d articles, %d concurrent readers, %d s, %d cores: "
        + "%d searches, %.0f searches/s%n", label, articles, readers, secs,
        Runtime.getRuntime().availableProcessors(), lat.length, lat.length / (double) secs);
    out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f  "
        + "(target p99 < 100 ms)%n", pct(lat, 50), pct(lat, 90), pct(lat, 95), pct(lat, 99),
        lat[lat.length - 1] / 1e6);
    double cpuMs = cpu / 1e6 / lat.length;
    out.printf(Locale.ROOT, "CPU per search %.2f ms (thread CPU time; other processes inflate it "
        + "less than wall time, but do inflate it): at most %.0f searches/s on 2 cores; load "
        + "average now %.1f%n",
        cpuMs, 2000 / cpuMs, ManagementFactory.getOperatingSystemMXBean()
            .getSystemLoadAverage());
    out.flush();
    return new Figures(pct(lat, 50), pct(lat, 95), pct(lat, 99), cpuMs,
        lat.length / (double) secs);
  }

  private static double pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
