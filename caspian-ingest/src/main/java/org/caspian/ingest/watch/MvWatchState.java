package org.caspian.ingest.watch;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * {@link WatchState} in an embedded H2 MVStore file: one map of feed states (a tab-separated
 * record per feed URL) and one set of seen items (feed URL and item key). Changes become durable
 * on {@link #commit()}; a process killed before that resumes from the last commit and sees those
 * items again (re-ingesting an unchanged article changes nothing).
 */
public final class MvWatchState implements WatchState {
  private final MVStore store;
  private final MVMap<String, String> feeds;
  private final MVMap<String, Boolean> seen;

  private MvWatchState(MVStore store) {
    this.store = store;
    this.feeds = store.openMap("feeds");
    this.seen = store.openMap("seen");
  }

  /** Opens (or creates) the state file {@code watch.mv.db} in {@code dir}. */
  public static MvWatchState open(Path dir) throws java.io.IOException {
    Files.createDirectories(dir);
    MVStore s = new MVStore.Builder().fileName(dir.resolve("watch.mv.db").toString())
        .autoCommitDisabled().open();
    return new MvWatchState(s);
  }

  @Override
  public Optional<FeedState> feed(URI url) {
    String v = feeds.get(url.toString());
    if (v == null) {
      return Optional.empty();
    }
    String[] f = v.split("\t", -1);
    if (f.length < 6) {
      return Optional.empty();
    }
    return Optional.of(new FeedState(url, f[0], f[1],
        f[2].isEmpty() ? null : Instant.parse(f[2]), Instant.parse(f[3]),
        Integer.parseInt(f[4]), f[5]));
  }

  @Override
  public void put(FeedState s) {
    feeds.put(s.url().toString(), String.join("\t", clean(s.etag()), clean(s.lastModified()),
        s.lastPolled() == null ? "" : s.lastPolled().toString(), s.nextPoll().toString(),
        Integer.toString(s.failures()), clean(s.lastError())));
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }

  @Override
  public boolean seen(URI feed, String itemKey) {
    return seen.containsKey(feed + "\t" + itemKey);
  }

  @Override
  public void markSeen(URI feed, Collection<String> itemKeys) {
    for (String k : itemKeys) {
      seen.put(feed + "\t" + k, Boolean.TRUE);
    }
  }

  @Override
  public void commit() {
    store.commit();
  }

  @Override
  public void close() {
    store.close();
  }
}
