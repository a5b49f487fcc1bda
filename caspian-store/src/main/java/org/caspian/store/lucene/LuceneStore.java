package org.caspian.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.store.dedup.NearDuplicateFinder;
import org.caspian.store.ArticleStore;
import org.caspian.store.json.ArticleJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link ArticleStore} in an embedded Lucene index directory (layout in {@link Schema}).
 *
 * <p>This is the index's single writer: opening it takes the index's write lock, so a second
 * writer (in this or another process) fails with a clear error while any number of {@link
 * ReadOnlyLuceneStore}s read the same directory. Readers of this store are near-real-time: a search sees every put made before it, committed or not. Only
 * {@link #commit()} and {@link #close()} make writes durable; a crash loses nothing committed. An
 * article and its events are written as one block, so a reader never sees half an article. Re-putting
 * an article whose stored JSON is byte-identical writes nothing. Thread-safe.
 *
 * <pre>{@code
 * try (LuceneStore store = LuceneStore.open(Path.of("index"))) {
 *   store.put(analyzed);
 *   store.commit();
 * }
 * }</pre>
 */
public final class LuceneStore implements ArticleStore, SearcherSource {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneStore.class);
  /** Puts not yet visible to readers before a refresh is forced, to bound {@link #pending}. */
  private static final int PENDING_LIMIT = 4096;
  private static final int LOCK_STRIPES = 64;
  /**
   * Articles the near-duplicate finder remembers from this session before a commit refreshes the
   * readers and lets it forget them (about 3 KB each). Below it, lookups read the searcher as it
   * was, which is much cheaper than refreshing it at every commit.
   */
  private static final int DUPLICATE_SESSION_LIMIT = 5_000;

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager manager;
  private final FacetsConfig facets = Schema.facetsConfig();
  private final ArticleJson json = new ArticleJson();
  /** What was written by puts the current searcher may not see yet, by article id. */
  private final Map<String, Written> pending = new ConcurrentHashMap<>();
  private final Object[] locks = new Object[LOCK_STRIPES];
  private final AtomicBoolean dirty = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final NearDuplicateFinder duplicates;

  private LuceneStore(Path path, Directory directory, IndexWriter writer, SearcherManager manager) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.manager = manager;
    this.duplicates = new NearDuplicateFinder(new IndexedEarlierArticles(manager, path));
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Object();
    }
  }

  /**
   * Opens the index in {@code dir}, creating the directory and an empty index if needed.
   *
   * @throws IOException naming the directory when it is locked by another writer, corrupt, written
   *     by an incompatible Lucene version, or not accessible
   */
  public static LuceneStore open(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Path abs = dir.toAbsolutePath();
    try {
      Files.createDirectories(abs);
    } catch (IOException e) {
      throw new IOException("Cannot create index directory " + abs + ": " + e.getMessage(), e);
    }
    Directory directory = FSDirectory.open(abs);
    IndexWriter writer = null;
    try {
      IndexWriterConfig cfg = new IndexWriterConfig(Schema.analyzer());
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setRAMBufferSizeMB(256); // batches are flushed by commits; this only bounds a huge one
      writer = new IndexWriter(directory, cfg);
      SearcherManager manager = new SearcherManager(writer, true, false, null);
      LOG.info("Opened index {} ({} documents)", abs, writer.getDocStats().numDocs);
      LuceneStore store = new LuceneStore(abs, directory, writer, manager);
      StoredArticles.warnIfOutdated(store, abs, LOG);
      return store;
    } catch (LockObtainFailedException e) {
      closeQuietly(writer, directory);
      throw new IOException("Index " + abs + " is locked: another process is writing it (one "
          + "writer at a time; search, dyad and serve can read it meanwhile)", e);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      closeQuietly(writer, directory);
      throw new IOException("Index " + abs + " is corrupt or unreadable: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(writer, directory);
      throw new IOException("Cannot open index " + abs + ": " + e, e);
    }
  }

  /** The index directory. */
  public Path path() {
    return path;
  }

  /** The hash and input fingerprint of a stored article. */
  private record Written(String hash, String input) {}

  @Override
  public boolean put(AnalyzedArticle a) throws IOException {
    return put(a, null);
  }

  @Override
  public boolean put(AnalyzedArticle a, String input) throws IOException {
    Objects.requireNonNull(a, "a");
    ensureOpen();
    // the text is stored once, in its own field: the JSON line goes without it
    String stored = json.toLine(a);
    // the schema version is part of the hash, so an article of an older schema is re-indexed
    String hash = sha256("schema " + Schema.VERSION + "\n" + stored + "\n" + a.article().text());
    String id = a.article().id();
    boolean changed;
    synchronized (locks[Math.floorMod(id.hashCode(), locks.length)]) {
      Written current = written(id);
      changed = current == null || !hash.equals(current.hash());
      if (!changed && (input == null || input.equals(current.input()))) {
        duplicates.written(id);
        return false;
      }
      writer.updateDocuments(Schema.articleTerm(id), Documents.documents(a, stored, hash, input,
          duplicates.signature(a.article()), facets));
      pending.put(id, new Written(hash, input));
      duplicates.written(id);
    }
    dirty.set(true);
    if (pending.size() > PENDING_LIMIT) {
      refresh();
    }
    return changed;
  }

  @Override
  public boolean holds(String id, String input) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(input, "input");
    ensureOpen();
    try {
      Written w = written(id);
      return w != null && input.equals(w.input());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read index " + path, e);
    }
  }

  /** What is stored for {@code id}, written but not yet visible included; null when absent. */
  private Written written(String id) throws IOException {
    Written w = pending.get(id);
    return w != null ? w : storedWritten(id);
  }

  @Override
  public Optional<AnalyzedArticle> get(String id) {
    return StoredArticles.get(this, json, id, path);
  }

  @Override
  public long count() {
    return StoredArticles.count(this, path);
  }

  /**
   * How many articles were indexed with a schema older than {@link Schema#VERSION} (they lack the
   * per-language fields and actor names; putting them again brings them up to date).
   */
  public long outdatedCount() {
    return StoredArticles.outdated(this, path);
  }

  @Override
  public void commit() throws IOException {
    ensureOpen();
    writer.commit();
    if (duplicates.sessionSize() > DUPLICATE_SESSION_LIMIT) {
      // puts may go on meanwhile: forget only what was written before the readers were refreshed
      Set<String> written = duplicates.writtenIds();
      refresh(); // readers now see what was written, so the finder's session can shrink
      duplicates.forget(written);
    }
  }

  @Override
  public Article markNearDuplicate(Article a) {
    ensureOpen();
    return duplicates.mark(a);
  }

  @Override
  public <T> T withSearcher(SearchCall<T> call) throws IOException {
    ensureOpen();
    if (dirty.get()) {
      refresh();
    }
    IndexSearcher searcher = manager.acquire();
    try {
      return call.apply(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      manager.close();
      writer.commit();
      writer.close();
      LOG.info("Closed index {}", path);
    } finally {
      if (writer.isOpen()) {
        writer.rollback();
      }
      directory.close();
    }
  }

  /** Opens a new reader if anything was written and forgets the puts it now covers. */
  private void refresh() throws IOException {
    Map<String, Written> covered = Map.copyOf(pending);
    dirty.set(false);
    manager.maybeRefreshBlocking();
    covered.forEach(pending::remove);
  }

  /** The hash and input stored for {@code id} in the current searcher, or null. */
  private Written storedWritten(String id) throws IOException {
    IndexSearcher s = manager.acquire();
    try {
      Map<String, String> f = StoredArticles.fields(s, id, Schema.HASH, Schema.INPUT);
      return f == null ? null : new Written(f.get(Schema.HASH), f.get(Schema.INPUT));
    } finally {
      manager.release(s);
    }
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new AlreadyClosedException("store " + path + " is closed");
    }
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  private static void closeQuietly(IndexWriter writer, Directory directory) {
    try {
      if (writer != null) {
        writer.rollback();
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("rollback after failed open", e);
    }
    try {
      directory.close();
    } catch (IOException e) {
      LOG.debug("close after failed open", e);
    }
  }
}
