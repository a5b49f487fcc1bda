package org.caspian.analysis.actors;

import java.util.Arrays;
import java.util.List;
import org.caspian.model.Span;
import org.caspian.model.Tokens;

/**
 * The words of one article with everything the matcher asks about them: spans, case flags,
 * sentence limits and the dictionary token ids each word stands for. Built once per article in a
 * few flat int arrays; not thread-safe, never shared.
 *
 * <p>A word's ids are those of its exact form, of its form with the first letter lower-cased (a
 * capitalised word) or case-folded (an ALL-CAPS word). Then come its loose ids, case-folded
 * matches of a word that is not in capitals ("united" for "United"): only the entity index uses
 * them, and only within names of two or more words, so "the united nations" is the United
 * Nations while "turkey" and "china" in ordinary prose stay words.
 */
final class ArticleWords implements Words.Sink {
  static final int POSSESSIVE = 1;
  static final int HYPHEN_JOINED = 1 << 1;
  static final int UPPER_INITIAL = 1 << 2;
  static final int ALL_CAPS = 1 << 3;
  static final int HAS_LETTER = 1 << 4;
  static final int PLACE_CASE = 1 << 5;
  static final int HEADLINE = 1 << 6;
  static final int SENTENCE_FIRST = 1 << 7;

  final String text;
  private final Vocabulary vocab;
  int size;
  int[] keyStart;
  int[] keyEnd;
  int[] spanStart;
  int[] spanEnd;
  int[] flags;
  int[] sentenceEnd;
  private int[] idFrom;
  private int[] idTo;
  private int[] looseTo;
  private int[] pool = new int[256];
  private int poolSize;

  ArticleWords(String text, Tokens tokens, List<Span> sentences, Vocabulary vocab) {
    this.text = text;
    this.vocab = vocab;
    int cap = Math.max(16, tokens.size() + tokens.size() / 4);
    keyStart = new int[cap];
    keyEnd = new int[cap];
    spanStart = new int[cap];
    spanEnd = new int[cap];
    flags = new int[cap];
    idFrom = new int[cap];
    idTo = new int[cap];
    looseTo = new int[cap];
    Words.split(text, tokens, this);
    sentenceEnd = new int[size];
    markSentences(sentences);
  }

  @Override
  public void word(int ks, int ke, int ss, int se, boolean possessive, boolean hyphenJoined) {
    if (size == keyStart.length) {
      grow();
    }
    int w = size++;
    keyStart[w] = ks;
    keyEnd[w] = ke;
    spanStart[w] = ss;
    spanEnd[w] = se;
    int f = (possessive ? POSSESSIVE : 0) | (hyphenJoined ? HYPHEN_JOINED : 0) | caseFlags(ks, ke);
    idFrom[w] = poolSize;
    f |= addIds(vocab.findExact(text, ks, ke), false, idFrom[w]);
    if ((f & ALL_CAPS) != 0) {
      addIds(vocab.findFolded(text, ks, ke), true, idFrom[w]);
    } else if ((f & UPPER_INITIAL) != 0) {
      addIds(vocab.findDecapitalized(text, ks, ke), false, idFrom[w]);
    }
    idTo[w] = poolSize;
    if ((f & ALL_CAPS) == 0 && (f & HAS_LETTER) != 0) {
      addIds(vocab.findFolded(text, ks, ke), true, idFrom[w]);
    }
    looseTo[w] = poolSize;
    flags[w] = f;
  }

  private int addIds(int slot, boolean folded, int start) {
    if (slot < 0) {
      return 0;
    }
    int[] ids = folded ? vocab.foldedIds(slot) : vocab.exactIds(slot);
    for (int id : ids) {
      boolean seen = false;
      for (int i = start; i < poolSize && !seen; i++) {
        seen = pool[i] == id;
      }
      if (!seen) {
        if (poolSize == pool.length) {
          pool = Arrays.copyOf(pool, pool.length * 2);
        }
        pool[poolSize++] = id;
      }
    }
    return !folded && (vocab.exactFlags(slot) & Vocabulary.FLAG_PLACE_CASE) != 0 ? PLACE_CASE : 0;
  }

  private int caseFlags(int ks, int ke) {
    int letters = 0;
    boolean lower = false;
    for (int i = ks; i < ke; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        lower |= Character.isLowerCase(c);
      }
    }
    if (letters == 0) {
      return 0;
    }
    char first = text.charAt(ks);
    int f = HAS_LETTER;
    if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
      f |= UPPER_INITIAL;
      if (!lower && letters >= 2) {
        f |= ALL_CAPS;
      }
    }
    return f;
  }

  private void grow() {
    int cap = keyStart.length * 2;
    keyStart = Arrays.copyOf(keyStart, cap);
    keyEnd = Arrays.copyOf(keyEnd, cap);
    spanStart = Arrays.copyOf(spanStart, cap);
    spanEnd = Arrays.copyOf(spanEnd, cap);
    flags = Arrays.copyOf(flags, cap);
    idFrom = Arrays.copyOf(idFrom, cap);
    idTo = Arrays.copyOf(idTo, cap);
    looseTo = Arrays.copyOf(looseTo, cap);
  }

  /** Sets sentence ends, first-word and headline (title-case line) flags. */
  private void markSentences(List<Span> sentences) {
    int w = 0;
    int s = 0;
    while (w < size) {
      while (s < sentences.size() && sentences.get(s).end() <= keyStart[w]) {
        s++;
      }
      int limit = s < sentences.size() && sentences.get(s).start() <= keyStart[w]
          ? sentences.get(s).end() : nextSentenceStart(sentences, s);
      int end = w;
      while (end < size && keyStart[end] < limit) {
        end++;
      }
      closeSentence(w, end);
      w = end;
    }
  }

  private int nextSentenceStart(List<Span> sentences, int s) {
    return s < sentences.size() ? sentences.get(s).start() : Integer.MAX_VALUE;
  }

  private void closeSentence(int from, int to) {
    int letters = 0;
    int upper = 0;
    boolean first = true;
    for (int i = from; i < to; i++) {
      sentenceEnd[i] = to;
      if ((flags[i] & HAS_LETTER) != 0) {
        if (keyEnd[i] - keyStart[i] > 1) {
          letters++;
          if ((flags[i] & UPPER_INITIAL) != 0) {
            upper++;
          }
        }
        if (first) {
          flags[i] |= SENTENCE_FIRST;
          first = false;
        }
      }
    }
    boolean titleCase = (letters >= 4 && upper * 10 >= letters * 6)
        || (letters >= 2 && upper == letters);
    if (titleCase && !endsLikeSentence(from, to)) {
      for (int i = from; i < to; i++) {
        flags[i] |= HEADLINE;
      }
    }
  }

  /** True when the last word, closing quotes and brackets aside, is "." or "!" (not "?"). */
  private boolean endsLikeSentence(int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (keyEnd[i] - keyStart[i] != 1) {
        return false;
      }
      char c = text.charAt(keyStart[i]);
      if (c == '.' || c == '!' || c == '\u2026') {
        return true;
      }
      if ("\"'\u201d\u2019\u00bb)]*".indexOf(c) < 0) {
        return false;
      }
    }
    return false;
  }

  boolean has(int w, int flag) {
    return (flags[w] & flag) != 0;
  }

  boolean hasId(int w, int id) {
    for (int i = idFrom[w]; i < idTo[w]; i++) {
      if (pool[i] == id) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code id} is among the word's ids or its loose ids: the case-insensitive matches of
   * a word not in capitals ("nations" for "Nations"), which only multi-word names may use.
   */
  boolean hasLooseId(int w, int id) {
    for (int i = idFrom[w]; i < looseTo[w]; i++) {
      if (pool[i] == id) {
        return true;
      }
    }
    return false;
  }

  /** End of the word's ids including the loose ones (see {@link #hasLooseId}). */
  int looseTo(int w) {
    return looseTo[w];
  }

  int idFrom(int w) {
    return idFrom[w];
  }

  int idTo(int w) {
    return idTo[w];
  }

  int id(int poolIndex) {
    return pool[poolIndex];
  }

  /** The key text of word {@code w} (allocates; for names and registry keys only). */
  String key(int w) {
    return text.substring(keyStart[w], keyEnd[w]);
  }

  /** The text covered by words {@code [from, to)}. */
  String cover(int from, int to) {
    return text.substring(spanStart[from], spanEnd[to - 1]);
  }

  /** Key length in characters. */
  int keyLength(int w) {
    return keyEnd[w] - keyStart[w];
  }

  /**
   * The word after a model designation starting at {@code w} ("Su-24", "F-22", "B-2", "S-400": up
   * to three hyphen-joined words, one with a digit), or {@code w} when there is none.
   */
  int designationEnd(int w, int limit) {
    int k = w;
    boolean digit = false;
    while (k < limit && k - w < 3 && (k == w || has(k, HYPHEN_JOINED))) {
      digit |= text.substring(keyStart[k], keyEnd[k]).chars().anyMatch(Character::isDigit);
      k++;
    }
    return digit ? k : w;
  }
}
