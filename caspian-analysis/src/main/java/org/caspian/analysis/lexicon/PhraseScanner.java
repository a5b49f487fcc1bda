package org.caspian.analysis.lexicon;

import org.caspian.model.Tokens;

/**
 * Finds lexicon terms that start at a token and end on a token boundary: the longest term whose
 * last character is the end of a token wins. A prefix term ({@code "Арцах*"}) extends to the end
 * of the token it stops in; an exact term may be followed by a possessive {@code 's} inside the
 * same token ("Karabakh's"), which is left out of the match.
 *
 * <p>Holds a reusable buffer, so it is <em>not</em> thread-safe: make one per article (they are
 * cheap).
 */
public final class PhraseScanner {
  private final TermTrie trie;
  private final String text;
  private final Tokens tokens;
  private final TermTrie.Hits hits = new TermTrie.Hits();
  private int value = -1;
  private int end = -1;
  private int lastToken = -1;

  public PhraseScanner(TermTrie trie, String text, Tokens tokens) {
    this.trie = trie;
    this.text = text;
    this.tokens = tokens;
  }

  /**
   * Tries to match a term starting at token {@code i}.
   *
   * @return true when a term matched; then {@link #value()}, {@link #end()} and {@link
   *     #lastToken()} describe it
   */
  public boolean matchAt(int i) {
    int start = tokens.start(i);
    if (start >= text.length() || trie.cannotStartWith(text.charAt(start))) {
      return false;
    }
    int n = trie.scan(text, start, text.length(), hits);
    for (int h = n - 1; h >= 0; h--) {
      int p = hits.end(h);
      int k = i;
      while (k < tokens.size() && tokens.end(k) < p) {
        k++;
      }
      if (k == tokens.size() || tokens.start(k) >= p) {
        continue;
      }
      int tokenEnd = tokens.end(k);
      if (hits.isPrefix(h)) {
        return found(hits.value(h), tokenEnd, k);
      }
      if (p == tokenEnd) {
        return found(hits.value(h), p, k);
      }
      if (p + 2 == tokenEnd && TermTrie.fold(text.charAt(p)) == '\''
          && (text.charAt(p + 1) == 's' || text.charAt(p + 1) == 'S')) {
        return found(hits.value(h), p, k);
      }
    }
    return false;
  }

  private boolean found(int v, int e, int k) {
    value = v;
    end = e;
    lastToken = k;
    return true;
  }

  /** Value of the last match. */
  public int value() {
    return value;
  }

  /** Offset just after the last match (before a possessive 's). */
  public int end() {
    return end;
  }

  /** Index of the last token the last match covers. */
  public int lastToken() {
    return lastToken;
  }
}
