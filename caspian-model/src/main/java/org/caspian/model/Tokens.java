package org.caspian.model;

import java.util.Arrays;

/**
 * Token boundaries of a text, kept as two parallel int arrays for speed (a news article has
 * thousands of tokens and every stage walks them).
 *
 * <p>Immutable: the arrays are copied in and never handed out.
 */
public final class Tokens {
  public static final Tokens EMPTY = new Tokens(new int[0], new int[0]);

  private final int[] starts;
  private final int[] ends;

  public Tokens(int[] starts, int[] ends) {
    if (starts.length != ends.length) {
      throw new IllegalArgumentException("starts and ends differ in length");
    }
    this.starts = starts.clone();
    this.ends = ends.clone();
  }

  public int size() {
    return starts.length;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public Span span(int i) {
    return new Span(starts[i], ends[i]);
  }

  /** Index of the first token starting at or after {@code offset}. */
  public int firstAtOrAfter(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tokens t && Arrays.equals(starts, t.starts) && Arrays.equals(ends, t.ends);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
  }
}
