package org.caspian.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 * Batching#maxAge()} has passed, the batch is handed to a commit thread, which waits for its items
 * and commits while the pool goes on with the next batch (one commit under way at a time; at most
 * {@link Batching#inFlight()} items queued for analysis), so a crash loses at most the batches
 * not yet reported committed. What {@link Progress#committed} hears counts only items of batches
 * whose commit has returned. Bad items are logged to the {@link ErrorLog} and skipped; what was stored before stays
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

    Counts plus(Counts o) {
      return new Counts(added + o.added, unchanged + o.unchanged, failed + o.failed);
    }
  }

  /** What became of one item. */
  private enum Outcome { ADDED, UNCHANGED, FAILED }

  private final Supplier<Pipeline> pipeline;
  private final ArticleStore store;
  private final ErrorLog errors;
  private final Batching batching;
  private final Progress progress;
  private final InputFingerprint fingerprint;
  private final OutletResolver outlets;
  private final ExecutorService pool;
  private final ExecutorService committer;
  /** Items submitted and perhaps not analysed yet, oldest first: bounds the queue. */
  private final Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
  private final AtomicInteger added = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();
  private List<Future<Outcome>> batch = new ArrayList<>();
  /** Items of the current batch that failed before analysis (unreadable, index unreadable). */
  private int batchFailures;
  private int sinceCommit;
  private long lastCommit = System.nanoTime();
  private Future<Counts> commitUnderWay;
  private Counts committed = new Counts(0, 0, 0);
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
    this.committer = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "caspian-commit");
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
   * Queues one ingest result; hands the batch to the commit thread when it is full or old enough.
   * Once a commit has failed, nothing more is accepted ({@link #broken()}) and {@link #finish()}
   * throws.
   */
  void accept(IngestResult r) {
    if (commitUnderWay != null && commitUnderWay.isDone()) {
      awaitCommit();
    }
    if (commitFailure != null) {
      return;
    }
    if (!r.succeeded()) {
      errors.failed(r.message());
      batchFailures++;
    } else {
      IngestResult ready = prepare(r);
      if (ready == null) {
        batchFailures++;
      } else {
        Future<Outcome> f = pool.submit(() -> index(ready));
        batch.add(f);
        inFlight.add(f);
      }
    }
    sinceCommit++;
    if (sinceCommit >= batching.size()
        || System.nanoTime() - lastCommit >= batching.maxAge().toNanos()) {
      startCommit();
    } else {
      while (inFlight.size() >= batching.inFlight()) {
        awaitQuietly(inFlight.poll()); // the commit thread reports its outcome
      }
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

  private Outcome index(IngestResult r) {
    try {
      String input = fingerprint.of(r.article());
      if (fingerprint.reuseStored() && store.holds(r.article().id(), input)) {
        unchanged.incrementAndGet(); // stored from this very input by this build: no analysis
        return Outcome.UNCHANGED;
      } else if (store.put(pipeline.get().analyze(r.article()), input)) {
        added.incrementAndGet();
        onStored.accept(r.article());
        return Outcome.ADDED;
      } else {
        unchanged.incrementAndGet();
        return Outcome.UNCHANGED;
      }
    } catch (IOException | RuntimeException e) {
      errors.failed(r.origin() + ": " + e.getMessage());
    } catch (OutOfMemoryError e) {
      errors.failed(r.origin() + ": out of memory while analysing this article (give Java more "
          + "heap, e.g. CASPIAN_JAVA_OPTS=-Xmx4g)");
    }
    return Outcome.FAILED;
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
    awaitCommit();
    if (commitFailure == null) {
      startCommit();
      awaitCommit();
    }
    if (commitFailure != null) {
      throw new IOException("cannot commit to the index: " + commitFailure.getMessage(),
          commitFailure);
    }
    Counts c = counts();
    LOG.info("indexed: {} added, {} unchanged, {} failed", c.added(), c.unchanged(), c.failed());
    return c;
  }

  private Counts counts() {
    return new Counts(added.get(), unchanged.get(), errors.failures());
  }

  /**
   * Hands the current batch to the commit thread (after the previous commit has returned): it
   * waits for the batch's items, then commits. Every item it counts was put before the commit
   * began, so it is in the commit.
   */
  private void startCommit() {
    awaitCommit();
    if (commitFailure != null) {
      return;
    }
    List<Future<Outcome>> mine = batch;
    int failedEarly = batchFailures;
    batch = new ArrayList<>();
    batchFailures = 0;
    sinceCommit = 0;
    lastCommit = System.nanoTime();
    commitUnderWay = committer.submit(() -> {
      int a = 0;
      int u = 0;
      int f = failedEarly;
      for (Future<Outcome> item : mine) {
        switch (outcome(item)) {
          case ADDED -> a++;
          case UNCHANGED -> u++;
          default -> f++;
        }
      }
      store.commit();
      return new Counts(a, u, f);
    });
  }

  /** Waits for the commit under way, if any, and reports it. */
  private void awaitCommit() {
    if (commitUnderWay == null) {
      return;
    }
    try {
      committed = committed.plus(commitUnderWay.get());
      progress.committed(committed);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while committing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      commitFailure = cause instanceof IOException io ? io : new IOException(cause.toString(),
          cause);
    } finally {
      commitUnderWay = null;
    }
    inFlight.removeIf(Future::isDone);
  }

  private static void awaitQuietly(Future<Outcome> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      // counted and reported once, by the commit of its batch
    }
  }

  private Outcome outcome(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      errors.failed("indexing task failed: " + e.getCause());
      return Outcome.FAILED;
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
    committer.shutdownNow();
  }
}
