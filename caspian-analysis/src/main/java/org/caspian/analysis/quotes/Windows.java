package org.caspian.analysis.quotes;

import static org.caspian.analysis.quotes.QuoteLexicon.THAT;
import static org.caspian.analysis.quotes.QuoteLexicon.VERB;

/**
 * Token windows around quotes and verbs of saying, shared by {@link DirectQuotes} and {@link
 * ReportedSpeech}: where a subject starts, where a short phrase ends, where the sentence starts.
 * Every window is bounded in words and in tokens, so no input makes the stage quadratic. Also
 * keeps which cue tokens an attribution has already used. Per article; not thread-safe.
 */
final class Windows {
  static final int MAX_SUBJECT_WORDS = 8;
  static final int MAX_GAP_WORDS = 8;
  /** No window looks further than this many tokens, whatever they are (punctuation runs). */
  static final int MAX_WINDOW_TOKENS = 40;
  /** Reported speech ends at the sentence end or after this many tokens. */
  static final int MAX_CLAUSE_TOKENS = 150;

  final QuoteView v;
  /** Cue tokens already taken by an attribution. */
  final boolean[] used;

  Windows(QuoteView v) {
    this.v = v;
    this.used = new boolean[v.n];
  }

  /** First token of the subject of the verb at {@code verb}: back to a clause or sentence edge. */
  int subjectStart(int verb) {
    int from = verb;
    int words = 0;
    while (from > 0 && words < MAX_SUBJECT_WORDS && from > verb - MAX_WINDOW_TOKENS) {
      int k = from - 1;
      if (v.endsSentence(k) || v.isQuoteMark(k) || v.is(k, ':') || v.is(k, '(')
          || v.is(k, ')') || v.lineBreakBefore(from) || v.hasCue(k, VERB | THAT)) {
        break;
      }
      from = k;
      if (v.isWord(k)) {
        words++;
      }
    }
    return from;
  }

  /**
   * End (exclusive) of a short phrase starting at {@code from}: up to a comma, the sentence end or
   * a line break. Quotation marks are stepped over when {@code skipMarks} ("writes “Forbes“").
   */
  int phraseEnd(int from, boolean skipMarks) {
    int words = 0;
    int k = from;
    while (k < v.n && words < MAX_SUBJECT_WORDS && k < from + MAX_WINDOW_TOKENS) {
      if (v.is(k, ',') || v.endsSentence(k) || v.is(k, ':') || k > from && v.lineBreakBefore(k)
          || !skipMarks && v.isQuoteMark(k) || v.hasCue(k, VERB | THAT)) {
        break;
      }
      if (v.isWord(k)) {
        words++;
      }
      k++;
    }
    return k;
  }

  boolean capitalisedOrNumber(int k) {
    int cp = v.text.codePointAt(v.tokens.start(k));
    return Character.isUpperCase(cp) || Character.isDigit(cp);
  }

  boolean isDash(int k) {
    return v.is(k, '-') || v.is(k, '—') || v.is(k, '–');
  }

  int sentenceStart(int k) {
    int s = k;
    while (s > 0 && !v.endsSentence(s - 1) && !v.lineBreakBefore(s)
        && s > k - MAX_CLAUSE_TOKENS) {
      s--;
    }
    return s;
  }
}
