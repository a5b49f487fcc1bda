package org.caspian.analysis.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A frozen character trie over case-folded terms (single words or phrases), each carrying an int
 * value. Matching walks the text from a given offset, folding each character on the fly (see
 * {@link #fold(char)}), so a whole article is scanned without allocating.
 *
 * <p>A term written with a trailing {@code *} is a <em>prefix</em> term: it also matches when the
 * word in the text continues ("Арцах*" covers "Арцаха", "Арцахе"). A run of whitespace in the text
 * matches the single space of a phrase. Whether a match ends on a token boundary is the caller's
 * business: {@link #scan} reports every term that ends along the walked path.
 *
 * <p>Immutable and thread-safe.
 */
public final class TermTrie {
  private final int[] childStart;
  private final int[] childCount;
  private final char[] edgeChars;
  private final int[] edgeTargets;
  private final int[] values;
  private final boolean[] prefix;

  private TermTrie(int[] childStart, int[] childCount, char[] edgeChars, int[] edgeTargets,
      int[] values, boolean[] prefix) {
    this.childStart = childStart;
    this.childCount = childCount;
    this.edgeChars = edgeChars;
    this.edgeTargets = edgeTargets;
    this.values = values;
    this.prefix = prefix;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Folds one character for matching: lower case (per character, locale-independent), every
   * whitespace to a space, every dash or hyphen to '-', typographic apostrophes to '\'', 'ё' to
   * 'е' and dotless/dotted i to 'i'.
   */
  public static char fold(char c) {
    switch (c) {
      case '\u00A0': case '\u2007': case '\u202F': case '\t': case '\n': case '\r':
        return ' ';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2212':
        return '-';
      case '\u2019': case '\u2018': case '\u02BC': case '`': case '\u00B4':
        return '\'';
      case 'ё': case 'Ё':
        return 'е';
      case 'ı': case 'İ':
        return 'i';
      default:
        if (c < 128) {
          return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
    }
  }

  /** The folded form of a term as stored: folded characters, whitespace runs collapsed, trimmed. */
  public static String normalize(String term) {
    StringBuilder sb = new StringBuilder(term.length());
    boolean space = false;
    for (int i = 0; i < term.length(); i++) {
      char c = fold(term.charAt(i));
      if (c == ' ') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * Walks the trie along {@code text} from {@code start} (exclusive {@code limit}) and records in
   * {@code hits} each term that ends on the way, shortest first. Clears {@code hits} first.
   *
   * @return number of hits
   */
  public int scan(CharSequence text, int start, int limit, Hits hits) {
    hits.clear();
    int node = 0;
    int i = start;
    int end = Math.min(limit, text.length());
    while (i < end) {
      char c = fold(text.charAt(i));
      int next = child(node, c);
      if (next < 0) {
        break;
      }
      node = next;
      i++;
      if (c == ' ') {
        while (i < end && fold(text.charAt(i)) == ' ') {
          i++;
        }
      } else if (values[node] >= 0) {
        hits.add(i, values[node], prefix[node]);
      }
    }
    return hits.size();
  }

  /** True when no term starts with the folded form of {@code c}: a cheap pre-check. */
  public boolean cannotStartWith(char c) {
    return child(0, fold(c)) < 0;
  }

  private int child(int node, char c) {
    int lo = childStart[node];
    int hi = lo + childCount[node] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = edgeChars[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return edgeTargets[mid];
      }
    }
    return -1;
  }

  /**
   * A reusable buffer of matches from one {@link #scan}. Not thread-safe: make one per call or
   * per thread.
   */
  public static final class Hits {
    private int[] ends = new int[8];
    private int[] vals = new int[8];
    private boolean[] pre = new boolean[8];
    private int size;

    void clear() {
      size = 0;
    }

    void add(int end, int value, boolean isPrefix) {
      if (size == ends.length) {
        ends = Arrays.copyOf(ends, size * 2);
        vals = Arrays.copyOf(vals, size * 2);
        pre = Arrays.copyOf(pre, size * 2);
      }
      ends[size] = end;
      vals[size] = value;
      pre[size] = isPrefix;
      size++;
    }

    public int size() {
      return size;
    }

    /** Offset just after the matched term. */
    public int end(int i) {
      return ends[i];
    }

    public int value(int i) {
      return vals[i];
    }

    /** Whether hit {@code i} is a prefix term (the word may continue after {@link #end}). */
    public boolean isPrefix(int i) {
      return pre[i];
    }
  }

  /** Collects terms; {@link #build()} freezes them into a trie. */
  public static final class Builder {
    private final List<Map<Character, Integer>> kids = new ArrayList<>();
    private final List<Integer> vals = new ArrayList<>();
    private final List<Boolean> pre = new ArrayList<>();

    private Builder() {
      newNode();
    }

    private int newNode() {
      kids.add(new HashMap<>());
      vals.add(-1);
      pre.add(false);
      return kids.size() - 1;
    }

    /**
     * Adds a term (trailing {@code *} makes it a prefix term) with a non-negative value.
     *
     * @return the value the same normalised term had before, or -1
     * @throws IllegalArgumentException for an empty term or a negative value
     */
    public int put(String term, int value) {
      if (value < 0) {
        throw new IllegalArgumentException("negative value for " + term);
      }
      boolean isPrefix = term.endsWith("*");
      String key = normalize(isPrefix ? term.substring(0, term.length() - 1) : term);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("empty term: '" + term + "'");
      }
      int node = 0;
      for (int i = 0; i < key.length(); i++) {
        Character c = key.charAt(i);
        Integer next = kids.get(node).get(c);
        if (next == null) {
          next = newNode();
          kids.get(node).put(c, next);
        }
        node = next;
      }
      int old = vals.get(node);
      vals.set(node, value);
      pre.set(node, isPrefix);
      return old;
    }

    public TermTrie build() {
      int n = kids.size();
      int[] start = new int[n];
      int[] count = new int[n];
      int edges = 0;
      for (Map<Character, Integer> m : kids) {
        edges += m.size();
      }
      char[] chars = new char[edges];
      int[] targets = new int[edges];
      int e = 0;
      for (int node = 0; node < n; node++) {
        Map<Character, Integer> m = kids.get(node);
        Character[] keys = m.keySet().toArray(new Character[0]);
        Arrays.sort(keys);
        start[node] = e;
        count[node] = keys.length;
        for (Character k : keys) {
          chars[e] = k;
          targets[e] = m.get(k);
          e++;
        }
      }
      int[] v = new int[n];
      boolean[] p = new boolean[n];
      for (int i = 0; i < n; i++) {
        v[i] = vals.get(i);
        p[i] = pre.get(i);
      }
      return new TermTrie(start, count, chars, targets, v, p);
    }
  }
}
