package org.caspian.query.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * One embedded H2 MVStore file in a workspace folder, with auto-commit off (the owner commits
 * after each change), whose records are stored as JSON strings. Thread-safe (MVStore maps are).
 */
public final class JsonMapFile implements AutoCloseable {
  private final MVStore store;
  private final ObjectMapper mapper;
  private final String what;

  private JsonMapFile(MVStore store, ObjectMapper mapper, String what) {
    this.store = store;
    this.mapper = mapper;
    this.what = what;
  }

  /**
   * Opens (or creates) {@code fileName} in {@code dir}; {@code what} names the store in error
   * messages ("ACH" gives "cannot open the ACH store in ..." and "corrupt ACH record: ...").
   */
  public static JsonMapFile open(Path dir, String fileName, String what, ObjectMapper mapper)
      throws IOException {
    Files.createDirectories(dir);
    try {
      return new JsonMapFile(new MVStore.Builder().fileName(dir.resolve(fileName).toString())
          .autoCommitDisabled().open(), mapper, what);
    } catch (RuntimeException e) {
      throw new IOException("cannot open the " + what + " store in " + dir + ": "
          + e.getMessage(), e);
    }
  }

  /** The map of this name, created if new. */
  public <K, V> MVMap<K, V> map(String name) {
    return store.openMap(name);
  }

  /** Makes the changes so far durable. */
  public void commit() {
    store.commit();
  }

  /** The next number of the counter {@code key} in {@code seq} (1, 2, ...), not committed. */
  public static long next(MVMap<String, Long> seq, String key) {
    long n = seq.getOrDefault(key, 0L) + 1;
    seq.put(key, n);
    return n;
  }

  /** Removes every key of {@code map} that starts with {@code prefix}, not committed. */
  public static void removePrefixed(MVMap<String, ?> map, String prefix) {
    new ArrayList<>(map.keySet()).stream().filter(k -> k.startsWith(prefix))
        .forEach(map::remove);
  }

  /** The JSON of a record. */
  public String json(Object o) {
    try {
      return mapper.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The record of this JSON; a corrupt one is an {@link UncheckedIOException}. */
  public <T> T read(String s, Class<T> type) {
    try {
      return mapper.readValue(s, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("corrupt " + what + " record: " + e.getOriginalMessage(), e);
    }
  }

  /** The records of these JSON values, in their order. */
  public <T> List<T> readAll(Collection<String> values, Class<T> type) {
    List<T> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add(read(v, type)));
    return out;
  }

  @Override
  public void close() {
    store.close();
  }
}
