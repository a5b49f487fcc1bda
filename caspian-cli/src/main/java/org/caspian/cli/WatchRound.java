package org.caspian.cli;

import org.caspian.ingest.outlet.OutletRegistry;
import org.caspian.ingest.outlet.OutletResolver;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.caspian.model.Article;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.caspian.analysis.Pipeline;
import org.caspian.ingest.IngestResult;
import org.caspian.ingest.watch.FeedWatcher;
import org.caspian.store.ArticleStore;

/**
 * One round of {@code caspian watch}: polls the due feeds (pausing between requests to one host),
 * analyses and stores their new items, commits the index, and only then marks the items seen and
 * saves each feed's state, so an interrupted round is repeated, never lost. Each new item gets its
 * outlet and near-duplicate mark in arrival order, then is analysed and stored on a pool of one
 * thread per core while the next feeds are fetched, so a round of many feeds is searchable sooner.
 * Close it to stop the pool.
 */
final class WatchRound implements AutoCloseable {
  /**
   * What a round did.
   *
   * @param polled feeds polled
   * @param added articles new or changed in the index
   * @param notModified feeds that answered 304
   * @param failedFeeds feeds whose poll failed
   * @param fetchNanos time spent fetching and parsing the feeds
   * @param indexNanos time spent analysing, storing and committing their new items
   */
  record Summary(int polled, int added, int notModified, int failedFeeds, long fetchNanos,
      long indexNanos) {}

  private final FeedWatcher watcher;
  private final Pipeline pipeline;
  private final ArticleStore store;
  private final ErrorLog errors;
  private final HostPacer pacer;
  private final OutletResolver outlets;
  private final ExecutorService pool;
  private Consumer<Article> onStored = a -> { };

  WatchRound(FeedWatcher watcher, Pipeline pipeline, ArticleStore store, ErrorLog errors,
      long hostDelayMillis) {
    this(watcher, pipeline, store, errors, hostDelayMillis,
        new OutletResolver(OutletRegistry.builtIn()));
  }

  WatchRound(FeedWatcher watcher, Pipeline pipeline, ArticleStore store, ErrorLog errors,
      long hostDelayMillis, OutletResolver outlets) {
    this.outlets = outlets;
    this.watcher = watcher;
    this.pipeline = pipeline;
    this.store = store;
    this.errors = errors;
    this.pacer = new HostPacer(hostDelayMillis);
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
      Thread t = new Thread(r, "caspian-watch-analyze-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Tells {@code listener} of each article stored new or changed (alert matching). */
  WatchRound onStored(Consumer<Article> listener) {
    this.onStored = listener;
    return this;
  }

  Summary run(List<URI> due) throws IOException, InterruptedException {
    List<FeedWatcher.Poll> polls = new ArrayList<>();
    List<Future<Boolean>> stored = new ArrayList<>();
    int notModified = 0;
    int failed = 0;
    long t0 = System.nanoTime();
    for (URI feed : due) {
      pacer.await(feed);
      FeedWatcher.Poll p = watcher.poll(feed);
      polls.add(p);
      if (p.failed()) {
        failed++;
        errors.failed(feed + ": " + p.error());
      } else if (p.notModified()) {
        notModified++;
      }
      for (IngestResult r : p.fresh()) {
        IngestResult marked = prepare(r); // in arrival order
        if (marked != null) {
          stored.add(pool.submit(() -> store(marked))); // analysed while the next feeds come
        }
      }
    }
    long t1 = System.nanoTime();
    int added = 0;
    for (Future<Boolean> f : stored) {
      try {
        added += f.get() ? 1 : 0;
      } catch (ExecutionException e) {
        errors.failed("indexing task failed: " + e.getCause());
      }
    }
    store.commit();
    long t2 = System.nanoTime();
    for (FeedWatcher.Poll p : polls) {
      watcher.acknowledge(p);
    }
    return new Summary(due.size(), added, notModified, failed, t1 - t0, t2 - t1);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** The item with its outlet and near-duplicate mark; null when it failed (reported). */
  private IngestResult prepare(IngestResult r) {
    if (!r.succeeded()) {
      errors.failed(r.message());
      return null;
    }
    try {
      return IngestResult.ok(r.origin(), store.markNearDuplicate(outlets.resolve(r.article())));
    } catch (RuntimeException e) {
      errors.failed(r.origin() + ": " + e.getMessage());
      return null;
    }
  }

  /** Analyses and stores one item; true when it was new or changed. */
  private boolean store(IngestResult r) {
    try {
      boolean stored = store.put(pipeline.analyze(r.article()));
      if (stored) {
        onStored.accept(r.article());
      }
      return stored;
    } catch (IOException | RuntimeException e) {
      errors.failed(r.origin() + ": " + e.getMessage());
      return false;
    }
  }
}
