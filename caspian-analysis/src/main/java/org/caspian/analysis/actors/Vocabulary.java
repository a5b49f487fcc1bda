package org.caspian.analysis.actors;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps surface strings to the dictionary token ids they stand for, with lookups over a region of
 * a text that allocate nothing.
 *
 * <p>A token id names one dictionary token as written in a data file ("Россия"). Several surfaces
 * map to it: the token itself and its inflected forms ("России", "Россией"). One surface may map
 * to several ids ("Алиева" is a form of "Алиев" and a name of its own). A surface can carry the
 * place-case flag (a locative or ablative form such as "Bakıda").
 *
 * <p>Three lookups: exact; with the first letter lower-cased (a sentence-initial "Российские"
 * finds "российские"); and case-folded for ALL-CAPS words, which folds the dotted and dotless
 * Turkish I to plain I on both sides so "TÜRKİYE" finds "Türkiye". No default-locale case
 * mapping is used anywhere.
 *
 * <p>Built once with {@link Builder}, then immutable and thread-safe.
 */
final class Vocabulary {
  static final int FLAG_PLACE_CASE = 1;

  private final Table exact;
  private final Table folded;
  private final int size;

  private Vocabulary(Table exact, Table folded, int size) {
    this.exact = exact;
    this.folded = folded;
    this.size = size;
  }

  /** Number of distinct token ids. */
  int size() {
    return size;
  }

  /** Slot of the exact surface {@code text[start, end)}, or -1. */
  int findExact(String text, int start, int end) {
    return exact.find(text, start, end, MODE_EXACT);
  }

  /** Slot of {@code text[start, end)} with its first character lower-cased, or -1. */
  int findDecapitalized(String text, int start, int end) {
    return exact.find(text, start, end, MODE_DECAP);
  }

  /** Slot (in the folded table) of the case-folded region, or -1. */
  int findFolded(String text, int start, int end) {
    return folded.find(text, start, end, MODE_FOLD);
  }

  int[] exactIds(int slot) {
    return exact.ids[slot];
  }

  int exactFlags(int slot) {
    return exact.flags[slot];
  }

  int[] foldedIds(int slot) {
    return folded.ids[slot];
  }

  /** Ids of a whole string (exact), empty when unknown. Not for hot paths. */
  int[] idsOf(String surface) {
    int slot = findExact(surface, 0, surface.length());
    return slot < 0 ? new int[0] : exact.ids[slot];
  }

  private static final int MODE_EXACT = 0;
  private static final int MODE_DECAP = 1;
  private static final int MODE_FOLD = 2;

  static char fold(char c) {
    if (c == '\u0130' || c == '\u0131') {
      return 'I';
    }
    return Character.toUpperCase(c);
  }

  private static char charAt(String text, int i, int start, int mode) {
    char c = text.charAt(i);
    if (mode == MODE_DECAP) {
      return i == start ? Character.toLowerCase(c) : c;
    }
    return mode == MODE_FOLD ? fold(c) : c;
  }

  /** An open-addressing hash table from strings to id arrays. */
  private static final class Table {
    private final int[] slots; // hash position -> entry index + 1, 0 = empty
    private final String[] keys;
    private final int[][] ids;
    private final int[] flags;
    private final int mask;

    Table(Map<String, int[]> idMap, Map<String, Integer> flagMap) {
      int n = idMap.size();
      int cap = Integer.highestOneBit(Math.max(4, n * 2 + 1)) << 1;
      this.slots = new int[cap];
      this.mask = cap - 1;
      this.keys = new String[n];
      this.ids = new int[n][];
      this.flags = new int[n];
      int e = 0;
      for (Map.Entry<String, int[]> en : idMap.entrySet()) {
        String k = en.getKey();
        keys[e] = k;
        ids[e] = en.getValue();
        flags[e] = flagMap.getOrDefault(k, 0);
        int h = hash(k, 0, k.length(), MODE_EXACT) & mask;
        while (slots[h] != 0) {
          h = (h + 1) & mask;
        }
        slots[h] = e + 1;
        e++;
      }
    }

    private static int hash(String text, int start, int end, int mode) {
      int h = 0;
      for (int i = start; i < end; i++) {
        h = 31 * h + charAt(text, i, start, mode);
      }
      return h ^ (h >>> 16);
    }

    int find(String text, int start, int end, int mode) {
      int len = end - start;
      int h = hash(text, start, end, mode) & mask;
      while (true) {
        int e = slots[h] - 1;
        if (e < 0) {
          return -1;
        }
        String k = keys[e];
        if (k.length() == len && same(k, text, start, mode)) {
          return e;
        }
        h = (h + 1) & mask;
      }
    }

    private static boolean same(String key, String text, int start, int mode) {
      for (int i = 0; i < key.length(); i++) {
        if (key.charAt(i) != charAt(text, start + i, start, mode)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Collects tokens and surfaces; not thread-safe. */
  static final class Builder {
    private final Map<String, Integer> tokenIds = new HashMap<>();
    private final Map<String, int[]> surfaces = new LinkedHashMap<>();
    private final Map<String, Integer> flags = new HashMap<>();

    /** The id of a dictionary token, creating it (and its exact surface) when new. */
    int token(String token) {
      Integer id = tokenIds.get(token);
      if (id == null) {
        id = tokenIds.size();
        tokenIds.put(token, id);
        surface(token, id, false);
      }
      return id;
    }

    /** Records that {@code surface} is a form of token {@code id}. */
    void surface(String surface, int id, boolean placeCase) {
      int[] old = surfaces.get(surface);
      if (old == null) {
        surfaces.put(surface, new int[] {id});
      } else if (Arrays.stream(old).noneMatch(x -> x == id)) {
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = id;
        surfaces.put(surface, grown);
      }
      if (placeCase && !tokenIds.containsKey(surface)) {
        flags.merge(surface, FLAG_PLACE_CASE, (a, b) -> a | b);
      }
    }

    Vocabulary build() {
      Map<String, int[]> foldedIds = new LinkedHashMap<>();
      for (Map.Entry<String, int[]> e : surfaces.entrySet()) {
        String f = foldString(e.getKey());
        int[] old = foldedIds.get(f);
        if (old == null) {
          foldedIds.put(f, e.getValue());
        } else {
          foldedIds.put(f, union(old, e.getValue()));
        }
      }
      return new Vocabulary(new Table(surfaces, flags), new Table(foldedIds, Map.of()),
          tokenIds.size());
    }

    private static String foldString(String s) {
      char[] cs = s.toCharArray();
      for (int i = 0; i < cs.length; i++) {
        cs[i] = fold(cs[i]);
      }
      return new String(cs);
    }

    private static int[] union(int[] a, int[] b) {
      int[] out = Arrays.copyOf(a, a.length + b.length);
      int n = a.length;
      for (int x : b) {
        boolean seen = false;
        for (int i = 0; i < n; i++) {
          seen |= out[i] == x;
        }
        if (!seen) {
          out[n++] = x;
        }
      }
      return Arrays.copyOf(out, n);
    }
  }
}
