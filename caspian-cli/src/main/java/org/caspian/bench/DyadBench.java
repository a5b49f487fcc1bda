package org.caspian.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caspian.model.ActorRef;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Event;
import org.caspian.model.Modality;
import org.caspian.model.Span;
import org.caspian.query.DyadEvent;
import org.caspian.query.DyadRow;
import org.caspian.query.Granularity;
import org.caspian.query.LuceneCorpusQueries;
import org.caspian.query.PageRequest;
import org.caspian.query.ResultPage;
import org.caspian.query.workbench.DyadQuery;
import org.caspian.query.workbench.DyadTimeline;
import org.caspian.query.workbench.LuceneWorkbench;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.lucene.ReadOnlyLuceneStore;

/**
 * Dyad series latency over a large index: builds (or reuses) an index of {@code events}
 * generated events (twenty per short article, five years of dates, a third of them between Russia
 * and Azerbaijan in either direction, one in five not asserted), then times the RUS–AZE series by
 * day, week and month as {@code GET /api/dyad} answers it, the workbench timeline (gap-free rows
 * and escalation markers) and the first page of the busiest month's events, one at a time.
 */
public final class DyadBench {
  private static final int PER_ARTICLE = 20;
  private static final String[] COUNTRIES = {"RUS", "AZE", "ARM", "TUR", "IRN", "GEO", "USA",
      "FRA", "UKR", "KAZ"};
  private static final String[] ROLES = {"GOV", "MIL", "", "LEG", "BUS"};
  private static final String[][] CODES = {{"036", "1"}, {"040", "1"}, {"057", "2"},
      {"073", "2"}, {"111", "3"}, {"112", "3"}, {"130", "3"}, {"173", "4"}, {"190", "4"},
      {"046", "1"}};
  private static final String[] SENTENCES = {
      "The foreign ministry summoned the ambassador over the detentions.",
      "Officials met in the capital to discuss the gas pipeline and transit fees.",
      "The government announced new sanctions on imports from its neighbour.",
      "Border guards reported an exchange of fire near the disputed villages.",
      "The two presidents held a phone call on the peace treaty."};
  private static final LocalDate FIRST = LocalDate.of(2021, 1, 1);

  private final int events;
  private final int repeats;
  private final long seed;

  /** A benchmark over {@code events} events, each query timed {@code repeats} times. */
  public DyadBench(int events, int repeats, long seed) {
    this.events = events;
    this.repeats = repeats;
    this.seed = seed;
  }

  /** Builds the index in {@code index} unless it already holds the events, then measures. */
  public void run(Path index, Path workspace, PrintWriter out) throws Exception {
    int articles = (events + PER_ARTICLE - 1) / PER_ARTICLE;
    build(index, articles, out);
    try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(index);
        LuceneWorkbench bench = LuceneWorkbench.over(store, workspace, Clock.systemUTC())) {
      LuceneCorpusQueries queries = LuceneCorpusQueries.over(store);
      List<DyadRow> months = queries.dyadSeries("RUS", "AZE", Granularity.MONTH, true);
      long counted = months.stream().mapToLong(DyadRow::events).sum();
      out.printf(Locale.ROOT, "RUS-AZE events (all modalities) in the index: %d of %d; "
          + "%d months%n", counted, (long) articles * PER_ARTICLE, months.size());
      String busiest = months.stream().max((x, y) -> Integer.compare(x.events(), y.events()))
          .map(DyadRow::period).orElseThrow();
      for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT and the caches
        boolean report = pass == 1;
        for (Granularity by : Granularity.values()) {
          for (boolean all : new boolean[] {false, true}) {
            time(report, out, "series RUS-AZE by " + by.name().toLowerCase(Locale.ROOT)
                + (all ? ", all modalities" : ", asserted"),
                () -> queries.dyadSeries("RUS", "AZE", by, all).size());
          }
        }
        time(report, out, "workbench timeline RUS-AZE by month (gaps, escalation markers)",
            () -> bench.timeline(new DyadQuery("RUS", "AZE", Granularity.MONTH, null, false))
                .rows().size());
        time(report, out, "events of the busiest month " + busiest + ", page 1 of 20",
            () -> {
              ResultPage<DyadEvent> p = queries.dyadEvents("RUS", "AZE", busiest,
                  Granularity.MONTH, true, PageRequest.first(20));
              return (int) p.total();
            });
      }
      DyadTimeline t = bench.timeline(new DyadQuery("RUS", "AZE", Granularity.MONTH, null,
          false));
      out.printf(Locale.ROOT, "timeline: %d rows, %d escalation markers%n", t.rows().size(),
          t.markers().size());
    }
    out.flush();
  }

  /** Something timed; returns a figure so the work is not optimised away. */
  @FunctionalInterface
  private interface Timed {
    int call() throws IOException;
  }

  private void time(boolean report, PrintWriter out, String label, Timed call)
      throws IOException {
    long[] ms = new long[repeats];
    long sink = 0;
    for (int i = 0; i < repeats; i++) {
      long t = System.nanoTime();
      sink += call.call();
      ms[i] = System.nanoTime() - t;
    }
    if (!report) {
      return;
    }
    Arrays.sort(ms);
    out.printf(Locale.ROOT, "%-64s min %6.1f  p50 %6.1f  max %6.1f ms  (%d runs, %d rows; "
        + "target < 200 ms)%n", label, ms[0] / 1e6, ms[ms.length / 2] / 1e6,
        ms[ms.length - 1] / 1e6, repeats, sink / repeats);
    out.flush();
  }

  private void build(Path index, int articles, PrintWriter out) throws Exception {
    if (Files.isDirectory(index)) {
      try (ReadOnlyLuceneStore s = ReadOnlyLuceneStore.open(index)) {
        if (s.count() == articles) {
          out.printf(Locale.ROOT, "index %s already holds %d articles with %d events each%n",
              index, articles, PER_ARTICLE);
          return;
        }
      } catch (IOException | RuntimeException e) {
        // not a usable index: rebuilt below
      }
    }
    long t0 = System.nanoTime();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (LuceneStore store = LuceneStore.open(index)) {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int part = t;
        parts.add(pool.submit(() -> {
          for (int n = part; n < articles; n += threads) {
            store.put(article(n, new Random(seed * 31 + n)));
          }
          return null;
        }));
      }
      for (Future<?> f : parts) {
        f.get();
      }
      store.commit();
    } finally {
      pool.shutdown();
    }
    out.printf(Locale.ROOT, "built %s: %d articles, %d events in %.0f s%n", index, articles,
        (long) articles * PER_ARTICLE, (System.nanoTime() - t0) / 1e9);
    out.flush();
  }

  /** Article {@code n}: two sentences and {@value #PER_ARTICLE} events. */
  private static AnalyzedArticle article(int n, Random rnd) {
    String first = SENTENCES[rnd.nextInt(SENTENCES.length)];
    String body = first + " " + SENTENCES[rnd.nextInt(SENTENCES.length)];
    LocalDate published = FIRST.plusDays(rnd.nextInt(5 * 365));
    Article art = new Article("dyad-bench-" + n, "Report " + n, "Caspian Wire", "", published,
        body);
    List<Event> evs = new ArrayList<>(PER_ARTICLE);
    for (int e = 0; e < PER_ARTICLE; e++) {
      String src;
      String tgt;
      if (rnd.nextInt(3) == 0) {
        boolean flip = rnd.nextBoolean();
        src = flip ? "AZE" : "RUS";
        tgt = flip ? "RUS" : "AZE";
      } else {
        src = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
        tgt = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
      }
      String[] code = CODES[rnd.nextInt(CODES.length)];
      Modality m = rnd.nextInt(5) == 0 ? Modality.CLAIMED : Modality.ASSERTED;
      LocalDate date = rnd.nextInt(4) == 0 ? published.minusDays(rnd.nextInt(30)) : null;
      evs.add(new Event(date, new ActorRef(src + ROLES[rnd.nextInt(ROLES.length)], src, src),
          new ActorRef(tgt + ROLES[rnd.nextInt(ROLES.length)], tgt, tgt), code[0], "",
          rnd.nextInt(21) - 10, Integer.parseInt(code[1]), m, "",
          new Span(0, first.length()), first, "", 1.0));
    }
    return AnalyzedArticle.of(art).withLanguage("en").withEvents(evs);
  }
}
