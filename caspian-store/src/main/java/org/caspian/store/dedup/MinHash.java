package org.caspian.store.dedup;

import java.util.Arrays;

/**
 * MinHash signatures of texts over word shingles. A text is split into words (runs of letters and
 * digits, lower-cased, any script); each run of {@value #SHINGLE} consecutive words is hashed to 64
 * bits; the signature keeps, for each of {@value #SIZE} hash functions, the minimum over the
 * shingles. The share of equal positions in two signatures estimates the Jaccard similarity of
 * their shingle sets. Texts under {@value #MIN_WORDS} words get no signature. Immutable.
 */
public final class MinHash {
  /** Words per shingle. */
  public static final int SHINGLE = 4;
  /** Hash functions (signature length). */
  public static final int SIZE = 64;
  /** Shorter texts are too short to tell a copy from a common phrase. */
  public static final int MIN_WORDS = 12;

  private final long[] multipliers = new long[SIZE];
  private final long[] addends = new long[SIZE];

  /** The hash functions are fixed: signatures computed by any instance, in any run, compare. */
  public MinHash() {
    long x = 0x2545F4914F6CDD1DL;
    for (int i = 0; i < SIZE; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      multipliers[i] = x | 1L;
      x = mix(x + 0x9E3779B97F4A7C15L);
      addends[i] = x;
    }
  }

  /** The signature of {@code text}, or {@code null} when it has fewer than {@value #MIN_WORDS} words. */
  public int[] signature(String text) {
    long[] words = words(text);
    int n = words.length;
    if (n < MIN_WORDS) {
      return null;
    }
    int[] sig = new int[SIZE];
    Arrays.fill(sig, Integer.MAX_VALUE);
    for (int s = 0; s + SHINGLE <= n; s++) {
      long h = words[s];
      for (int j = 1; j < SHINGLE; j++) {
        h = h * 0x9E3779B97F4A7C15L + words[s + j];
      }
      h = mix(h);
      for (int i = 0; i < SIZE; i++) {
        int v = (int) ((h * multipliers[i] + addends[i]) >>> 33);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of two signatures: the share of equal positions. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /** 64-bit hashes of the text's words, in order. */
  private static long[] words(String text) {
    long[] out = new long[Math.max(16, text.length() / 5)];
    int n = 0;
    long h = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        h = (in ? h : 0xcbf29ce484222325L) ^ Character.toLowerCase(cp);
        h *= 0x100000001b3L;
        in = true;
      } else if (in) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = h;
        in = false;
      }
    }
    if (in) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n + 1);
      }
      out[n++] = h;
    }
    return Arrays.copyOf(out, n);
  }

  /** A 64-bit finaliser (the one of SplitMix64). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
