package org.caspian.cli;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.caspian.analysis.Pipeline;
import org.caspian.ingest.watch.FeedWatcher;
import org.caspian.store.lucene.LuceneStore;

/**
 * One round of {@code caspian watch}: polls the due feeds (pausing between requests to one host),
 * analyses and stores their new items, commits the index, and only then marks the items seen and
 * saves each feed's state, so an interrupted round is repeated, never lost.
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
  private final LuceneStore store;
  private final ErrorLog errors;
  private final int threads;
  private final WatchCommand.HostPacer pacer;

  WatchRound(FeedWatcher watcher, Pipeline pipeline, LuceneStore store, ErrorLog errors,
      int threads, long hostDelayMillis) {
    this.watcher = watcher;
    this.pipeline = pipeline;
    this.store = store;
    this.errors = errors;
    this.threads = threads;
    this.pacer = new WatchCommand.HostPacer(hostDelayMillis);
  }

  Summary run(List<URI> due) throws IOException, InterruptedException {
    List<FeedWatcher.Poll> polls = new ArrayList<>();
    int notModified = 0;
    int failed = 0;
    Indexer.Counts counts;
    try (Indexer indexer = new Indexer(pipeline, store, errors, threads)) {
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
        p.fresh().forEach(indexer::accept);
      }
      counts = indexer.finish();
    }
    for (FeedWatcher.Poll p : polls) {
      watcher.acknowledge(p);
    }
    return new Summary(due.size(), counts.added(), notModified, failed);
  }
}
