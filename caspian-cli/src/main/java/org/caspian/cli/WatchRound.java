package org.caspian.cli;

import org.caspian.ingest.outlet.OutletRegistry;
import org.caspian.ingest.outlet.OutletResolver;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.caspian.analysis.Pipeline;
import org.caspian.ingest.IngestResult;
import org.caspian.ingest.watch.FeedWatcher;
import org.caspian.store.ArticleStore;

/**
 * One round of {@code caspian watch}: polls the due feeds (pausing between requests to one host),
 * analyses and stores their new items, commits the index, and only then marks the items seen and
 * saves each feed's state, so an interrupted round is repeated, never lost. The round's new items
 * get their outlet and near-duplicate mark in arrival order, then are analysed and stored in
 * parallel (the calling thread and the common pool: all cores), so a round of many feeds is
 * searchable sooner.
 */
final class WatchRound {
  /**
   * What a round did.
   *
   * @param polled feeds polled
   * @param added articles new or changed in the index
   * @param notModified feeds that answered 304
   * @param failedFeeds feeds whose poll failed
   */
  record Summary(int polled, int added, int notModified, int failedFeeds) {}

  private final FeedWatcher watcher;
  private final Pipeline pipeline;
  private final ArticleStore store;
  private final ErrorLog errors;
  private final HostPacer pacer;
  private final OutletResolver outlets;

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
  }

  Summary run(List<URI> due) throws IOException, InterruptedException {
    List<FeedWatcher.Poll> polls = new ArrayList<>();
    int notModified = 0;
    int failed = 0;
    List<IngestResult> fresh = new ArrayList<>();
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
      fresh.addAll(p.fresh());
    }
    List<IngestResult> ready = new ArrayList<>();
    for (IngestResult r : fresh) {
      IngestResult marked = prepare(r);
      if (marked != null) {
        ready.add(marked);
      }
    }
    int added = (int) ready.parallelStream().filter(this::store).count();
    store.commit();
    for (FeedWatcher.Poll p : polls) {
      watcher.acknowledge(p);
    }
    return new Summary(due.size(), added, notModified, failed);
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
      return store.put(pipeline.analyze(r.article()));
    } catch (IOException | RuntimeException e) {
      errors.failed(r.origin() + ": " + e.getMessage());
      return false;
    }
  }
}
