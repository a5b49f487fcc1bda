package org.caspian.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.caspian.model.AnalyzedArticle;
import org.caspian.store.ArticleStore;
import org.caspian.store.json.ArticleJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reader of an existing index that takes no lock, so it can run beside the index's one writer
 * (a {@link LuceneStore}, usually in another process) and beside any number of other readers.
 *
 * <p>It sees what the writer has committed. At most once per refresh interval, a call that reads
 * the index first checks for a newer commit and switches to it, so a long-running reader (the
 * server) sees each committed batch within about one interval. {@link #put} and {@link #commit}
 * fail: this store never writes and never creates an index. Thread-safe.
 */
public final class ReadOnlyLuceneStore implements ArticleStore, SearcherSource {
  /** How often a reader looks for a newer commit, unless told otherwise. */
  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(1);

  private static final Logger LOG = LoggerFactory.getLogger(ReadOnlyLuceneStore.class);

  private final Path path;
  private final Directory directory;
  private final SearcherManager manager;
  private final long refreshNanos;
  private final AtomicLong lastCheck;
  private final ArticleJson json = new ArticleJson();
  private final AtomicBoolean closed = new AtomicBoolean();

  private ReadOnlyLuceneStore(Path path, Directory directory, SearcherManager manager,
      Duration refresh) {
    this.path = path;
    this.directory = directory;
    this.manager = manager;
    this.refreshNanos = refresh.toNanos();
    this.lastCheck = new AtomicLong(System.nanoTime());
  }

  /** Opens the index in {@code dir} with the default refresh interval. */
  public static ReadOnlyLuceneStore open(Path dir) throws IOException {
    return open(dir, DEFAULT_REFRESH);
  }

  /**
   * Opens the existing index in {@code dir} for reading.
   *
   * @throws IOException naming the directory when it holds no index (nothing is created), or the
   *     index is corrupt, written by an incompatible Lucene version, or not accessible
   */
  public static ReadOnlyLuceneStore open(Path dir, Duration refresh) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(refresh, "refresh");
    Path abs = dir.toAbsolutePath();
    if (!Files.isDirectory(abs)) {
      throw noIndex(abs);
    }
    Directory directory = FSDirectory.open(abs);
    boolean exists;
    try {
      exists = DirectoryReader.indexExists(directory);
    } catch (IOException e) {
      directory.close();
      throw new IOException("Cannot open index " + abs + ": " + e, e);
    }
    if (!exists) {
      directory.close();
      throw noIndex(abs);
    }
    try {
      SearcherManager manager = new SearcherManager(directory, null);
      LOG.info("Opened index {} read-only", abs);
      ReadOnlyLuceneStore store = new ReadOnlyLuceneStore(abs, directory, manager, refresh);
      StoredArticles.warnIfOutdated(store, abs, LOG);
      return store;
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      directory.close();
      throw new IOException("Index " + abs + " is corrupt or unreadable: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw new IOException("Cannot open index " + abs + ": " + e, e);
    }
  }

  private static IOException noIndex(Path dir) {
    return new IOException("no index in " + dir + " (build one with 'caspian ingest PATH' or "
        + "'caspian demo', or give the folder of an existing index with --index)");
  }

  /** The index directory. */
  public Path path() {
    return path;
  }

  @Override
  public boolean put(AnalyzedArticle a) throws IOException {
    throw new IOException("index " + path + " is open read-only");
  }

  @Override
  public boolean put(AnalyzedArticle a, String input) throws IOException {
    throw new IOException("index " + path + " is open read-only");
  }

  @Override
  public boolean holds(String id, String input) {
    Objects.requireNonNull(input, "input");
    try {
      return input.equals(withSearcher(s -> StoredArticles.field(s, id, Schema.INPUT)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read index " + path, e);
    }
  }

  @Override
  public Optional<AnalyzedArticle> get(String id) {
    return StoredArticles.get(this, json, id, path);
  }

  @Override
  public long count() {
    return StoredArticles.count(this, path);
  }

  /** How many articles were indexed with a schema older than {@link Schema#VERSION}. */
  public long outdatedCount() {
    return StoredArticles.outdated(this, path);
  }

  @Override
  public void commit() throws IOException {
    throw new IOException("index " + path + " is open read-only");
  }

  /**
   * Runs {@code call} against the newest commit seen; looks for a newer one first when the last
   * look is older than the refresh interval.
   */
  @Override
  public <T> T withSearcher(SearchCall<T> call) throws IOException {
    ensureOpen();
    long now = System.nanoTime();
    long last = lastCheck.get();
    if (now - last >= refreshNanos && lastCheck.compareAndSet(last, now)) {
      manager.maybeRefresh();
    }
    IndexSearcher searcher = manager.acquire();
    try {
      return call.apply(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  /** Switches to the newest commit now, whatever the refresh interval. */
  public void refresh() throws IOException {
    ensureOpen();
    manager.maybeRefreshBlocking();
    lastCheck.set(System.nanoTime());
  }

  @Override
  public void close() throws IOException {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new AlreadyClosedException("store " + path + " is closed");
    }
  }
}
