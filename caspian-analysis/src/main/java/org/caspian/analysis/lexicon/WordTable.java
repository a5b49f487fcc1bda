package org.caspian.analysis.lexicon;

import java.util.Arrays;

/**
 * A case-insensitive map from words to dense int ids that looks up a region of a text without
 * allocating. Keys are folded with {@link #fold(char)}: lower case, typographic apostrophes and
 * dashes mapped to their ASCII forms.
 *
 * <p>Built once, then read-only; {@link #add} is only called while a lexicon is being loaded, so
 * instances are safe to share between threads once published.
 */
public final class WordTable {
  private String[] keys;
  private int[] ids;
  private int mask;
  private int size;

  public WordTable() {
    keys = new String[1024];
    ids = new int[1024];
    mask = keys.length - 1;
  }

  /** Number of distinct words. */
  public int size() {
    return size;
  }

  /** Folds one character: lower case, ’ and ‘ to ', en and em dash to -. */
  public static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c == '’' || c == '‘' || c == 'ʼ') {
      return '\'';
    }
    if (c == '–' || c == '—' || c == '‑') {
      return '-';
    }
    return Character.toLowerCase(c);
  }

  /** The folded form of a whole word, as stored. */
  public static String fold(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      b.append(fold(word.charAt(i)));
    }
    return b.toString();
  }

  /** Id of {@code word}, adding it when new. */
  public int add(String word) {
    String k = fold(word);
    int found = find(k, 0, k.length());
    if (found >= 0) {
      return found;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int id = size++;
    insert(k, id);
    return id;
  }

  /** Id of the word {@code text[start, end)} compared case-insensitively, or -1. */
  public int find(CharSequence text, int start, int end) {
    int len = end - start;
    if (len <= 0 || len > 64) {
      return -1;
    }
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + fold(text.charAt(i));
    }
    int slot = mix(h) & mask;
    while (true) {
      String k = keys[slot];
      if (k == null) {
        return -1;
      }
      if (k.length() == len && same(k, text, start)) {
        return ids[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  private static boolean same(String key, CharSequence text, int start) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != fold(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  private void insert(String k, int id) {
    int h = 0;
    for (int i = 0; i < k.length(); i++) {
      h = 31 * h + k.charAt(i);
    }
    int slot = mix(h) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = k;
    ids[slot] = id;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new String[oldKeys.length * 2];
    ids = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldIds[i]);
      }
    }
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }

  @Override
  public String toString() {
    return "WordTable" + Arrays.toString(new int[] {size});
  }
}
