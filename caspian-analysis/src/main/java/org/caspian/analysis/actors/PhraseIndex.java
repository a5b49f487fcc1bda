package org.caspian.analysis.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases keyed by their first token id: a lookup at a word tries only the phrases
 * that can start there, longest first. Immutable after {@link Builder#build}; thread-safe.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {

  /** One phrase: its token ids and every payload filed under exactly these ids. */
  static final class Phrase<T> {
    private final int[] ids;
    private final List<T> payloads;
    private final boolean caseFree;

    Phrase(int[] ids, List<T> payloads, boolean caseFree) {
      this.ids = ids;
      this.payloads = List.copyOf(payloads);
      this.caseFree = caseFree;
    }

    int length() {
      return ids.length;
    }

    List<T> payloads() {
      return payloads;
    }

    T first() {
      return payloads.get(0);
    }
  }

  @SuppressWarnings("rawtypes")
  private static final Phrase[] NONE = new Phrase[0];

  private final Phrase<T>[][] byFirst;
  private final boolean loose;

  private PhraseIndex(Phrase<T>[][] byFirst, boolean loose) {
    this.byFirst = byFirst;
    this.loose = loose;
  }

  /**
   * The longest phrase starting at word {@code w} and ending at or before word {@code limit}, or
   * null. In an index built as loose, phrases of two or more words also match through the
   * words' loose ids (case-insensitive, see {@link ArticleWords#hasLooseId}).
   */
  Phrase<T> longest(ArticleWords words, int w, int limit) {
    Phrase<T> best = null;
    int strictEnd = words.idTo(w);
    int end = loose ? words.looseTo(w) : strictEnd;
    for (int p = words.idFrom(w); p < end; p++) {
      int id = words.id(p);
      if (id >= byFirst.length) {
        continue;
      }
      for (Phrase<T> ph : byFirst[id]) {
        if (best != null && ph.ids.length <= best.ids.length) {
          break;
        }
        boolean looseOk = loose && ph.ids.length >= 2 && w + ph.ids.length <= limit
            && (ph.caseFree || capitalised(words, w, ph.ids.length));
        if (p >= strictEnd && !looseOk) {
          continue;
        }
        if (matches(ph, words, w, limit, looseOk)) {
          best = ph;
          break;
        }
      }
    }
    return best;
  }

  /**
   * Whether the first and the last of {@code n} words from {@code w} start with a capital: a
   * case-sensitive phrase may then match in another case ("Party of God" for the generated "Party
   * Of God"), but never in lower-case prose ("a red line").
   */
  private static boolean capitalised(ArticleWords words, int w, int n) {
    return words.has(w, ArticleWords.UPPER_INITIAL)
        && words.has(w + n - 1, ArticleWords.UPPER_INITIAL);
  }

  /** The phrase with exactly these token ids, or null. */
  Phrase<T> exact(int[] ids) {
    if (ids.length == 0 || ids[0] >= byFirst.length) {
      return null;
    }
    for (Phrase<T> ph : byFirst[ids[0]]) {
      if (Arrays.equals(ph.ids, ids)) {
        return ph;
      }
    }
    return null;
  }

  private static boolean matches(Phrase<?> ph, ArticleWords words, int w, int limit,
      boolean looseIds) {
    int[] ids = ph.ids;
    if (w + ids.length > limit) {
      return false;
    }
    for (int k = 1; k < ids.length; k++) {
      if (looseIds ? !words.hasLooseId(w + k, ids[k]) : !words.hasId(w + k, ids[k])) {
        return false;
      }
    }
    return true;
  }

  /** Collects phrases; not thread-safe. */
  static final class Builder<T> {
    private final Map<String, List<T>> payloads = new HashMap<>();
    private final Map<String, int[]> idsByKey = new HashMap<>();
    private final java.util.Set<String> caseFree = new java.util.HashSet<>();

    /** The keys of the phrases filed so far (as {@link Arrays#toString(int[])}). */
    java.util.Set<String> keys() {
      return java.util.Set.copyOf(payloads.keySet());
    }

    /** The token ids of every phrase filed so far. */
    java.util.Collection<int[]> phrases() {
      return List.copyOf(idsByKey.values());
    }

    /** True when some payload is filed under exactly {@code ids}. */
    boolean contains(int[] ids) {
      return payloads.containsKey(Arrays.toString(ids));
    }

    /**
     * Files {@code payload} under the phrase {@code ids}; duplicates are kept once. In a loose
     * index the phrase also matches in any letter case ("the european union").
     */
    void add(int[] ids, T payload) {
      if (ids.length > 0) {
        caseFree.add(Arrays.toString(ids));
      }
      addCaseSensitive(ids, payload);
    }

    /**
     * Files {@code payload} under {@code ids}, matching in another case only where the text
     * capitalises the phrase's first and last word: for the generated tables, whose casing is a
     * guess and whose many names are ordinary phrases in lower case ("Red Line", an armed group,
     * is "a red line" in prose).
     */
    void addCaseSensitive(int[] ids, T payload) {
      if (ids.length == 0) {
        return;
      }
      String key = Arrays.toString(ids);
      idsByKey.putIfAbsent(key, ids);
      List<T> list = payloads.computeIfAbsent(key, k -> new ArrayList<>());
      if (!list.contains(payload)) {
        list.add(payload);
      }
    }

    PhraseIndex<T> build(int vocabularySize) {
      return build(vocabularySize, false);
    }

    /** The index; {@code loose} lets multi-word phrases match case-insensitively. */
    @SuppressWarnings("unchecked")
    PhraseIndex<T> build(int vocabularySize, boolean loose) {
      List<List<Phrase<T>>> lists = new ArrayList<>(vocabularySize);
      for (int i = 0; i < vocabularySize; i++) {
        lists.add(null);
      }
      for (Map.Entry<String, List<T>> e : payloads.entrySet()) {
        int[] ids = idsByKey.get(e.getKey());
        List<Phrase<T>> l = lists.get(ids[0]);
        if (l == null) {
          l = new ArrayList<>();
          lists.set(ids[0], l);
        }
        l.add(new Phrase<>(ids, e.getValue(), caseFree.contains(e.getKey())));
      }
      Phrase<T>[][] byFirst = new Phrase[vocabularySize][];
      for (int i = 0; i < vocabularySize; i++) {
        List<Phrase<T>> l = lists.get(i);
        if (l == null) {
          byFirst[i] = NONE;
        } else {
          l.sort(Comparator.comparingInt((Phrase<T> p) -> -p.ids.length));
          byFirst[i] = l.toArray(new Phrase[0]);
        }
      }
      return new PhraseIndex<>(byFirst, loose);
    }
  }
}
