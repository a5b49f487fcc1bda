package org.caspian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caspian.analysis.Pipeline;
import org.caspian.ingest.FileIngestor;
import org.caspian.ingest.source.FeedReader;
import org.caspian.ingest.watch.AddressGuard;
import org.caspian.ingest.watch.FeedFetcher;
import org.caspian.ingest.watch.FeedList;
import org.caspian.ingest.watch.FeedWatcher;
import org.caspian.ingest.watch.MvWatchState;
import org.caspian.store.lucene.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.caspian.ingest.outlet.OutletResolver;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian watch FILE [--once] [--allow-loopback]}: poll feeds and ingest what is new. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Poll the feeds listed in FILE (one URL per line, # comments) and ingest new "
        + "items. State (validators, seen items, last error, backoff) is kept beside the index, "
        + "so a restart resumes.")
final class WatchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "Feed list: one http(s) URL per line.")
  Path file;

  @Mixin OutletOptions outlets;

  @Option(names = "--once", description = "Poll each feed once, ingest what is new and exit.")
  boolean once;

  @Option(names = "--allow-loopback",
      description = "Allow fetching from loopback addresses (127.0.0.1), for tests and mirrors.")
  boolean allowLoopback;

  @Option(names = "--interval", paramLabel = "MINUTES", defaultValue = "15",
      description = "Minutes between polls of one feed (default: ${DEFAULT-VALUE}).")
  long intervalMinutes;

  @Option(names = "--interval-seconds", paramLabel = "SECONDS",
      description = "Seconds between polls of one feed, instead of --interval (for a mirror or "
          + "a local feed that must be followed closely; at least 1).")
  Long intervalSeconds;

  @Option(names = "--host-delay", paramLabel = "MS", defaultValue = "1000",
      description = "Pause between two requests to the same host (default: ${DEFAULT-VALUE}).")
  long hostDelayMillis;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Limit on one fetch, redirects included (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + FileIngestor.DEFAULT_MAX_BYTES,
      description = "Refuse feeds larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--state", paramLabel = "DIR",
      description = "Where the watch state is kept (default: the index folder's name + .watch).")
  Path stateDir;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  /**
   * The index: {@code --index}, else {@code ~/.caspian/index}, the default {@link Main} gives
   * every command (read from the option itself so this compiles against both forms of {@code
   * Main.index}).
   */
  private Path index() {
    return main.index != null ? main.index
        : Path.of(System.getProperty("user.home"), ".caspian", "index");
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ErrorLog errors = new ErrorLog(spec.commandLine().getErr());
    List<URI> feeds = new FeedList().read(file, errors::failed);
    Path index = index();
    Path state = stateDir != null ? stateDir
        : index.resolveSibling(index.getFileName() + ".watch");
    Clock clock = Clock.systemUTC();
    FeedFetcher fetcher = new FeedFetcher(new AddressGuard(allowLoopback), maxBytes,
        Duration.ofSeconds(timeoutSeconds), clock);
    Duration interval = intervalSeconds != null
        ? Duration.ofSeconds(Math.max(1, intervalSeconds))
        : Duration.ofMinutes(Math.max(1, intervalMinutes));
    try (LuceneStore store = LuceneStore.open(index); MvWatchState ws = MvWatchState.open(state);
        AlertMatching alerts = AlertMatching.open(index, store, out)) {
      FeedWatcher watcher = new FeedWatcher(fetcher, new FeedReader(maxBytes), ws, clock,
          interval, Duration.ofHours(24));
      OutletResolver resolver = outlets.resolver(spec.commandLine().getErr());
      Pipeline pipeline = Services.pipeline();
      if (!once) {
        PipelineWarmup.run(pipeline); // the first new item must not wait for models and the JIT
      }
      try (WatchRound round = new WatchRound(watcher, pipeline, store, errors, hostDelayMillis,
          resolver).onStored(alerts)) {
        loop(round, watcher, feeds, clock, interval, store, index, out);
      }
    }
    return Math.max(errors.exitCode(), outlets.exitCode());
  }

  private void loop(WatchRound round, FeedWatcher watcher, List<URI> feeds, Clock clock,
      Duration interval, LuceneStore store, Path index, PrintWriter out)
      throws IOException, InterruptedException {
    // feeds whose turn comes within this slack are polled together, so rounds do not split
    Duration slack = interval.dividedBy(4).compareTo(Duration.ofSeconds(1)) < 0
        ? interval.dividedBy(4) : Duration.ofSeconds(1);
    do {
      Instant horizon = clock.instant().plus(slack);
      List<URI> due = once ? feeds : feeds.stream()
          .filter(f -> !watcher.stateOf(f).nextPoll().isAfter(horizon)).toList();
      if (!due.isEmpty()) {
        long start = System.nanoTime();
        WatchRound.Summary s = round.run(due);
        out.printf(Locale.ROOT, "polled %d feeds: %d new articles, %d not modified, %d failed; "
            + "%d articles in %s (%.1f s: fetching %.1f s, then analysing and storing %.1f s)%n",
            s.polled(), s.added(), s.notModified(), s.failedFeeds(), store.count(), index,
            (System.nanoTime() - start) / 1e9, s.fetchNanos() / 1e9, s.indexNanos() / 1e9);
        out.flush();
      }
      if (!once) {
        Instant next = watcher.nextDue(feeds);
        long wait = Math.max(200, Duration.between(clock.instant(), next).toMillis());
        Thread.sleep(Math.min(wait, interval.toMillis()));
      }
    } while (!once);
  }
}
