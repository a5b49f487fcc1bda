package org.caspian.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.caspian.model.Article;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.caspian.analysis.Pipeline;
import org.caspian.ingest.IngestResult;
import org.caspian.ingest.outlet.OutletRegistry;
import org.caspian.ingest.outlet.OutletResolver;
import org.caspian.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses ingested articles on a thread pool and puts them in the store, committing in batches:
 * once {@link Batching#size()} items have been accepted since the last commit, or {@link
 * Batching#maxAge()} has passed, it waits for them and commits, so a crash loses at most the batch
 * under way. Bad items are logged to the {@link ErrorLog} and skipped; what was stored before stays
 * stored. An article the store holds from the same input, analysed by the same build ({@link
 * InputFingerprint}), is counted unchanged without being analysed again, which makes re-running an
 * interrupted ingest cheap. Before analysis, in arrival order, each article's outlet is resolved
 * ({@link OutletResolver}) and the store marks it if it is a near-duplicate of one seen before.
 * Not reusable after {@link #finish()}.
 */
final class Indexer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  /**
   * Counts of one run.
   *
   * @param added articles new or changed
   * @param unchanged articles already stored exactly so
   * @param failed items that could not be read, analysed or stored
   */
  record Counts(int added, int unchanged, int failed) {
    int total() {
      return added + unchanged + failed;
    }
  }

  private final Supplier<Pipeline> pipeline;
  private final ArticleStore store;
  private final ErrorLog errors;
  private final Batching batching;
  private final Progress progress;
  private final InputFingerprint fingerprint;
  private final OutletResolver outlets;
  private final ExecutorService pool;
  private final List<Future<?>> pending = new ArrayList<>();
  private final AtomicInteger added = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();
  private int sinceCommit;
  private long lastCommit = System.nanoTime();
  private IOException commitFailure;
  private Consumer<Article> onStored = a -> { };

  Indexer(Supplier<Pipeline> pipeline, ArticleStore store, ErrorLog errors, int threads, Batching batching,
      Progress progress, InputFingerprint fingerprint) {
    this(pipeline, store, errors, threads, batching, progress, fingerprint,
        new OutletResolver(OutletRegistry.builtIn()));
  }

  /** An indexer that resolves outlets with {@code outlets}. */
  Indexer(Supplier<Pipeline> pipeline, ArticleStore store, ErrorLog errors, int threads,
      Batching batching, Progress progress, InputFingerprint fingerprint, OutletResolver outlets) {
    this.outlets = outlets;
    this.pipeline = pipeline;
    this.store = store;
    this.errors = errors;
    this.batching = batching;
    this.progress = progress;
    this.fingerprint = fingerprint;
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "caspian-analyze-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Tells {@code listener} of each article stored new or changed (e.g. alert matching). */
  Indexer onStored(Consumer<Article> listener) {
    this.onStored = listener;
    return this;
  }

  /**
   * Queues one ingest result; waits and commits when a batch is full or old enough. Once a commit
   * has failed, nothing more is accepted ({@link #broken()}) and {@link #finish()} throws.
   */
  void accept(IngestResult r) {
    if (commitFailure != null) {
      return;
    }
    if (!r.succeeded()) {
      errors.failed(r.message());
    } else {
      IngestResult ready = prepare(r);
      if (ready != null) {
        pending.add(pool.submit(() -> index(ready)));
      }
    }
    sinceCommit++;
    if (sinceCommit >= batching.size()
        || System.nanoTime() - lastCommit >= batching.maxAge().toNanos()) {
      try {
        commitBatch();
      } catch (IOException e) {
        commitFailure = e;
        return;
      }
    } else if (pending.size() >= batching.inFlight()) {
      drain();
    }
    progress.item(counts());
  }

  /**
   * The result with its article's outlet resolved and near-duplicate mark set, in arrival order
   * (so "first seen" is reproducible); null after reporting when the index cannot be read.
   */
  private IngestResult prepare(IngestResult r) {
    try {
      return IngestResult.ok(r.origin(), store.markNearDuplicate(outlets.resolve(r.article())));
    } catch (RuntimeException e) {
      errors.failed(r.origin() + ": " + e.getMessage());
      return null;
    }
  }

  private void index(IngestResult r) {
    try {
      String input = fingerprint.of(r.article());
      if (fingerprint.reuseStored() && store.holds(r.article().id(), input)) {
        unchanged.incrementAndGet(); // stored from this very input by this build: no analysis
      } else if (store.put(pipeline.get().analyze(r.article()), input)) {
        added.incrementAndGet();
        onStored.accept(r.article());
      } else {
        unchanged.incrementAndGet();
      }
    } catch (IOException | RuntimeException e) {
      errors.failed(r.origin() + ": " + e.getMessage());
    } catch (OutOfMemoryError e) {
      errors.failed(r.origin() + ": out of memory while analysing this article (give Java more "
          + "heap, e.g. CASPIAN_JAVA_OPTS=-Xmx4g)");
    }
  }

  /** True once a commit has failed: the caller should stop reading. */
  boolean broken() {
    return commitFailure != null;
  }

  /**
   * Waits for all queued work, commits, and returns the counts.
   *
   * @throws IOException when this or an earlier commit failed
   */
  Counts finish() throws IOException {
    if (commitFailure != null) {
      throw new IOException("cannot commit to the index: " + commitFailure.getMessage(),
          commitFailure);
    }
    commitBatch();
    Counts c = counts();
    LOG.info("indexed: {} added, {} unchanged, {} failed", c.added(), c.unchanged(), c.failed());
    return c;
  }

  private Counts counts() {
    return new Counts(added.get(), unchanged.get(), errors.failures());
  }

  private void commitBatch() throws IOException {
    drain();
    store.commit();
    sinceCommit = 0;
    lastCommit = System.nanoTime();
    progress.committed(counts());
  }

  private void drain() {
    for (Future<?> f : pending) {
      try {
        f.get();
        progress.item(counts());
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
