package org.caspian.store.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caspian.model.Article;
import org.caspian.model.NearDuplicate;

/**
 * Marks near-duplicates: an article whose {@link MinHash} signature is at least {@link
 * #threshold()} similar to one seen before (earlier in this run, or stored) is linked to the most
 * similar such article and takes its cluster; it is kept, not dropped. Call {@link #mark} in the
 * order articles arrive, so "first seen" is reproducible. An article already stored keeps the mark
 * it was stored with, so re-running an ingest changes nothing.
 *
 * <p>Articles marked in this run are remembered until {@link #forgetWritten()} says the index now
 * holds them. Thread-safe (calls are serialised).
 */
public final class NearDuplicateFinder {
  /** Estimated Jaccard similarity from which two texts are near-duplicates. */
  public static final double DEFAULT_THRESHOLD = 0.4;

  private final MinHash minHash = new MinHash();
  private final EarlierArticles earlier;
  private final double threshold;
  /** Articles marked in this run and not yet known to be in the index, by id. */
  private final Map<String, Entry> session = new LinkedHashMap<>();
  private final Map<Long, List<Entry>> sessionBands = new HashMap<>();

  /** One article marked in this run. */
  private static final class Entry {
    final EarlierArticles.Seen seen;
    final long[] bands;
    volatile boolean written;

    Entry(EarlierArticles.Seen seen, long[] bands) {
      this.seen = seen;
      this.bands = bands;
    }
  }

  public NearDuplicateFinder(EarlierArticles earlier, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.earlier = earlier;
    this.threshold = threshold;
  }

  public NearDuplicateFinder(EarlierArticles earlier) {
    this(earlier, DEFAULT_THRESHOLD);
  }

  /** The similarity from which articles are linked. */
  public double threshold() {
    return threshold;
  }

  /** {@code a} with its near-duplicate mark set (or cleared when it is first of its kind). */
  public synchronized Article mark(Article a) {
    Entry own = session.get(a.id());
    EarlierArticles.Seen seen = own != null ? own.seen : earlier.seen(a.id());
    if (seen != null) {
      return withMark(a, seen.mark());
    }
    int[] sig = minHash.signature(a.text());
    if (sig == null) {
      return withMark(a, null);
    }
    long[] bands = Bands.keys(sig);
    EarlierArticles.Seen best = null;
    double bestSimilarity = -1;
    for (EarlierArticles.Seen c : sessionCandidates(bands)) {
      double s = MinHash.similarity(sig, c.signature());
      if (s > bestSimilarity) {
        best = c;
        bestSimilarity = s;
      }
    }
    EarlierArticles.Seen stored = earlier.closest(sig, bands);
    if (stored != null && stored.signature() != null && !stored.id().equals(a.id())) {
      double s = MinHash.similarity(sig, stored.signature());
      if (s > bestSimilarity) {
        best = stored;
        bestSimilarity = s;
      }
    }
    NearDuplicate mark = null;
    if (best != null && bestSimilarity >= threshold) {
      String cluster = best.mark() == null ? best.id() : best.mark().cluster();
      mark = new NearDuplicate(best.id(), cluster, bestSimilarity);
    }
    Entry e = new Entry(new EarlierArticles.Seen(a.id(), sig, mark), bands);
    session.put(a.id(), e);
    for (long b : bands) {
      sessionBands.computeIfAbsent(b, k -> new ArrayList<>(1)).add(e);
    }
    return withMark(a, mark);
  }

  /**
   * The signature of {@code a} if {@link #mark} computed it in this run (so the store need not
   * compute it again), else computed now; {@code null} for a text too short to have one.
   */
  public int[] signature(Article a) {
    synchronized (this) {
      Entry e = session.get(a.id());
      if (e != null && e.seen.signature() != null) {
        return e.seen.signature();
      }
    }
    return minHash.signature(a.text());
  }

  /** Notes that the article {@code id} has been written to the index (not yet visible). */
  public void written(String id) {
    Entry e;
    synchronized (this) {
      e = session.get(id);
    }
    if (e != null) {
      e.written = true;
    }
  }

  /**
   * Forgets the articles noted {@link #written} before this call: call it once the index's
   * readers see them, so the session stays small on a long ingest.
   */
  public synchronized void forgetWritten() {
    forget(writtenIds());
  }

  /** The ids of the remembered articles noted {@link #written} so far. */
  public synchronized Set<String> writtenIds() {
    Set<String> ids = new HashSet<>();
    session.forEach((id, e) -> {
      if (e.written) {
        ids.add(id);
      }
    });
    return ids;
  }

  /**
   * Forgets the articles {@code ids} (as {@link #writtenIds()} gave them before the index's
   * readers were refreshed): articles written while the readers were refreshed stay remembered.
   */
  public synchronized void forget(Set<String> ids) {
    session.entrySet().removeIf(entry -> {
      Entry e = entry.getValue();
      if (!ids.contains(entry.getKey())) {
        return false;
      }
      for (long b : e.bands) {
        List<Entry> list = sessionBands.get(b);
        if (list != null) {
          list.remove(e);
          if (list.isEmpty()) {
            sessionBands.remove(b);
          }
        }
      }
      return true;
    });
  }

  /** Articles remembered from this run (for tests and logs). */
  public synchronized int sessionSize() {
    return session.size();
  }

  /** Articles of this run sharing a band key, each once. */
  private List<EarlierArticles.Seen> sessionCandidates(long[] bands) {
    Map<String, EarlierArticles.Seen> byId = new LinkedHashMap<>();
    for (long b : bands) {
      for (Entry e : sessionBands.getOrDefault(b, List.of())) {
        byId.putIfAbsent(e.seen.id(), e.seen);
      }
    }
    return new ArrayList<>(byId.values());
  }

  private static Article withMark(Article a, NearDuplicate mark) {
    if (java.util.Objects.equals(a.meta().nearDuplicate(), mark)) {
      return a;
    }
    return a.withMeta(a.meta().withNearDuplicate(mark));
  }
}
