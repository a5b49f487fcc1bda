package org.caspian.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.caspian.analysis.Pipeline;
import org.caspian.ingest.IngestResult;
import org.caspian.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses ingested articles on a thread pool and puts them in the store. Bad items are logged to
 * the {@link ErrorLog} and skipped; what was stored before stays stored. Not reusable after {@link
 * #finish()}.
 */
final class Indexer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);
  private static final int MAX_PENDING = 256;

  /**
   * Counts of one run.
   *
   * @param added articles new or changed
   * @param unchanged articles already stored exactly so
   * @param failed items that could not be read, analysed or stored
   */
  record Counts(int added, int unchanged, int failed) {}

  private final Pipeline pipeline;
  private final ArticleStore store;
  private final ErrorLog errors;
  private final ExecutorService pool;
  private final List<Future<?>> pending = new ArrayList<>();
  private final AtomicInteger added = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();

  Indexer(Pipeline pipeline, ArticleStore store, ErrorLog errors, int threads) {
    this.pipeline = pipeline;
    this.store = store;
    this.errors = errors;
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "caspian-analyze-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Queues one ingest result; blocks when too much is pending. */
  void accept(IngestResult r) {
    if (!r.succeeded()) {
      errors.failed(r.message());
      return;
    }
    pending.add(pool.submit(() -> {
      try {
        if (store.put(pipeline.analyze(r.article()))) {
          added.incrementAndGet();
        } else {
          unchanged.incrementAndGet();
        }
      } catch (IOException | RuntimeException e) {
        errors.failed(r.origin() + ": " + e.getMessage());
      }
    }));
    if (pending.size() >= MAX_PENDING) {
      drain();
    }
  }

  /** Waits for all queued work, commits, and returns the counts. */
  Counts finish() throws IOException {
    drain();
    store.commit();
    Counts c = new Counts(added.get(), unchanged.get(), errors.failures());
    LOG.info("indexed: {} added, {} unchanged, {} failed", c.added(), c.unchanged(), c.failed());
    return c;
  }

  private void drain() {
    for (Future<?> f : pending) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while indexing", e);
      } catch (ExecutionException e) {
        errors.failed("indexing task failed: " + e.getCause());
      }
    }
    pending.clear();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
