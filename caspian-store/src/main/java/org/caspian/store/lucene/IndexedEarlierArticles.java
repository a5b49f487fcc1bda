package org.caspian.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.caspian.store.dedup.EarlierArticles;
import org.caspian.store.lucene.SearcherSource.SearchCall;

/**
 * The index as near-duplicate detection reads it: through the writer's current searcher, which
 * is never refreshed here (what is newer is in the finder's session).
 */
final class IndexedEarlierArticles implements EarlierArticles {
  private final SearcherManager manager;
  private final Path path;

  IndexedEarlierArticles(SearcherManager manager, Path path) {
    this.manager = manager;
    this.path = path;
  }

  @Override
  public Seen seen(String id) {
    return read(s -> DuplicateFields.seen(s, id));
  }

  @Override
  public Seen closest(int[] signature, long[] bandKeys) {
    return read(s -> DuplicateFields.closest(s, signature, bandKeys));
  }

  private <T> T read(SearchCall<T> call) {
    try {
      IndexSearcher s = manager.acquire();
      try {
        return call.apply(s);
      } finally {
        manager.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read index " + path, e);
    }
  }
}
