package org.caspian.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * The totals and facet counts of the most recent searches, at most {@value #SIZE}, least recently
 * used dropped first. Keyed by the reader's cache key, so a new commit (a new reader) never sees
 * counts of an older one. Thread-safe.
 */
final class CountCache {
  static final int SIZE = 512;

  /** What identifies a count: the reader, the whole query (filters included), the dimensions. */
  record Key(Object reader, Query query, List<String> dims) {}

  /** A total and its facets, each exact or estimated. */
  record Counts(long total, Map<String, List<FacetCount>> facets, boolean totalApproximate,
      boolean facetsApproximate) {}

  private final Map<Key, Counts> recent = new LinkedHashMap<>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Counts> eldest) {
      return size() > SIZE;
    }
  };

  static Key key(IndexReader reader, Query q, List<String> dims) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    return new Key(helper == null ? reader : helper.getKey(), q, dims);
  }

  synchronized Counts get(Key key) {
    return recent.get(key);
  }

  synchronized void put(Key key, Counts counts) {
    recent.put(key, counts);
  }
}
