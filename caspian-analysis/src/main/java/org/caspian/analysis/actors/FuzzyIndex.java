package org.caspian.analysis.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a known family name one edit away (one letter substituted, inserted, deleted or two
 * neighbours swapped) from a capitalised word: "Poskov" is Peskov. Only names of six letters or
 * more are indexed, bucketed by length and first letter, so a lookup compares a word with a
 * handful of names. A word close to two different names matches neither. Thread-safe.
 */
final class FuzzyIndex {
  static final int MIN_NAME_LENGTH = 6;

  private record Near(String name, PhraseIndex.Phrase<Entry> phrase) {}

  private final Map<Integer, List<Near>> buckets;

  private FuzzyIndex(Map<Integer, List<Near>> buckets) {
    this.buckets = Map.copyOf(buckets);
  }

  private static int bucket(int length, char first) {
    return (length << 16) | first;
  }

  /** The family-name phrase one edit away from {@code text[start, end)}, or null. */
  PhraseIndex.Phrase<Entry> find(String text, int start, int end) {
    int len = end - start;
    if (len < MIN_NAME_LENGTH - 1) {
      return null;
    }
    char first = text.charAt(start);
    PhraseIndex.Phrase<Entry> found = null;
    for (int l = len - 1; l <= len + 1; l++) {
      List<Near> list = buckets.get(bucket(l, first));
      if (list == null) {
        continue;
      }
      for (Near c : list) {
        if (withinOneEdit(c.name, text, start, end)) {
          if (found != null && found != c.phrase) {
            return null;
          }
          found = c.phrase;
        }
      }
    }
    return found;
  }

  /** True when {@code a} and {@code text[s, e)} differ by exactly one edit. */
  static boolean withinOneEdit(String a, String text, int s, int e) {
    int la = a.length();
    int lb = e - s;
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    int min = Math.min(la, lb);
    while (i < min && a.charAt(i) == text.charAt(s + i)) {
      i++;
    }
    if (la == lb) {
      if (i == la) {
        return false;
      }
      if (same(a, i + 1, text, s + i + 1, la - i - 1)) {
        return true;
      }
      return i + 1 < la && a.charAt(i) == text.charAt(s + i + 1)
          && a.charAt(i + 1) == text.charAt(s + i) && same(a, i + 2, text, s + i + 2, la - i - 2);
    }
    if (la == lb + 1) {
      return same(a, i + 1, text, s + i, la - i - 1);
    }
    return same(a, i, text, s + i + 1, la - i);
  }

  private static boolean same(String a, int ai, String b, int bi, int n) {
    return n <= 0 || a.regionMatches(ai, b, bi, n);
  }

  /** Collects names; not thread-safe. */
  static final class Builder {
    private final Map<Integer, List<Near>> buckets = new HashMap<>();

    void add(String name, PhraseIndex.Phrase<Entry> phrase) {
      if (name.length() < MIN_NAME_LENGTH || phrase == null) {
        return;
      }
      List<Near> list = buckets.computeIfAbsent(bucket(name.length(), name.charAt(0)),
          k -> new ArrayList<>());
      for (Near c : list) {
        if (c.name.equals(name)) {
          return;
        }
      }
      list.add(new Near(name, phrase));
    }

    FuzzyIndex build() {
      return new FuzzyIndex(buckets);
    }
  }
}
