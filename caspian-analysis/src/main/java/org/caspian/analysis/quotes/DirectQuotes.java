package org.caspian.analysis.quotes;

import static org.caspian.analysis.quotes.QuoteLexicon.ACCORDING;
import static org.caspian.analysis.quotes.QuoteLexicon.ACCORDING_PRONOUN;
import static org.caspian.analysis.quotes.QuoteLexicon.NAMING;
import static org.caspian.analysis.quotes.QuoteLexicon.PARTICIPLE;
import static org.caspian.analysis.quotes.QuoteLexicon.PARTICLE;
import static org.caspian.analysis.quotes.QuoteLexicon.VERB;

import org.caspian.analysis.quotes.SpeakerFinder.Mode;

/**
 * Turns each outermost quotation into a candidate: its words (without the marks and a trailing
 * comma) and the window that attributes it, looked for after the closing mark first ({@code
 * "...," X said}, {@code "...," said X}, {@code «...», — заявил X}) and then before the opening
 * mark in the same sentence ({@code X said: "..."}). Names in quotation marks and quotations
 * right after "titled" or "so-called" are dropped. Per article; not thread-safe.
 */
final class DirectQuotes {
  private final QuoteView v;
  private final Windows w;

  DirectQuotes(Windows w) {
    this.v = w.v;
    this.w = w;
  }

  Candidate direct(QuotationMarks.Pair p) {
    int s = p.contentStart();
    int e = p.contentEnd();
    while (s < e && Character.isWhitespace(v.text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(v.text.charAt(e - 1)) || v.text.charAt(e - 1) == ',')) {
      e--;
    }
    if (e <= s) {
      return null;
    }
    int open = v.tokenAt(p.open());
    int close = v.tokenAt(p.close());
    if (namedBefore(open)) {
      return null;
    }
    int words = wordsIn(open, close);
    if (words <= 2 && capitalised(open, close) && !endsInPunctuation(p)) {
      return null; // "Tsargrad", "North–South": a name in quotation marks
    }
    boolean opens = open == 0 || v.endsSentence(open - 1) || v.lineBreakBefore(open)
        || v.is(open - 1, ':');
    int[] win = window(p, open, close, words);
    if (win == null) {
      return new Candidate(p.open(), true, s, e, null, 0, 0, p.close() + 1, opens, words);
    }
    int attrEnd = Math.max(p.close() + 1, win[1] > win[0] ? v.tokens.end(win[1] - 1) : 0);
    return new Candidate(p.open(), true, s, e, Mode.values()[win[2]], win[0], win[1], attrEnd,
        opens, words);
  }

  private int wordsIn(int open, int close) {
    int words = 0;
    for (int k = open + 1; k < close; k++) {
      if (v.isWord(k)) {
        words++;
      }
    }
    return words;
  }

  /** Whether every word between the marks starts with a capital letter. */
  private boolean capitalised(int open, int close) {
    for (int k = open + 1; k < close; k++) {
      if (v.isWord(k) && !Character.isUpperCase(v.text.codePointAt(v.tokens.start(k)))) {
        return false;
      }
    }
    return true;
  }

  /** The attribution window after the quotation, else (usually) before it; or null. */
  private int[] window(QuotationMarks.Pair p, int open, int close, int words) {
    int[] win = after(close);
    if (win == null && (words >= 2 || endsInPunctuation(p) || close + 1 >= v.n
        || !v.isWord(close + 1) || v.lineBreakBefore(close + 1))) {
      // a one-word quotation that runs on into its sentence ("described the "elections" in the
      // region as ...") is the writer's, not the object of the verb before it
      win = before(open);
    }
    return win;
  }

  /** Whether the quoted words end in punctuation ("...grounds," or "...warfare."). */
  private boolean endsInPunctuation(QuotationMarks.Pair p) {
    for (int i = p.close() - 1; i > p.open(); i--) {
      char c = v.text.charAt(i);
      if (Character.isWhitespace(c) || c == '*' || c == '_') {
        continue;
      }
      return c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':' || c == '…'
          || c == '։';
    }
    return false;
  }

  /** "titled", "so-called" right before the opening mark: a name, not speech. */
  private boolean namedBefore(int open) {
    for (int k = open - 1; k >= Math.max(0, open - 3); k--) {
      if (v.hasCue(k, NAMING) && v.cueLast[k] >= open - 1 - 1) {
        return true;
      }
    }
    return false;
  }

  /** Attribution after the closing mark: {from, to, mode} or null. */
  private int[] after(int close) {
    int k = close + 1;
    while (k < v.n && k <= close + 3 && (v.is(k, ',') || v.is(k, '-') || v.is(k, '—')
        || v.is(k, '–') || v.is(k, ':') || v.hasCue(k, PARTICLE))) {
      k++;
    }
    if (k >= v.n || v.lineBreakBefore(k) && k == close + 1 || v.endsSentence(k)
        || v.isQuoteMark(k)) {
      return null;
    }
    if (v.hasCue(k, VERB)) {
      w.used[k] = true;
      return new int[] {v.cueLast[k] + 1, w.phraseEnd(v.cueLast[k] + 1, true),
          Mode.INVERTED.ordinal()};
    }
    if (v.hasCue(k, ACCORDING)) {
      w.used[k] = true;
      return new int[] {v.cueLast[k] + 1, w.phraseEnd(v.cueLast[k] + 1, false),
          Mode.ACCORDING.ordinal()};
    }
    int words = 0;
    int limit = k + Windows.MAX_WINDOW_TOKENS;
    for (int j = k; j < v.n && j < limit && words <= Windows.MAX_SUBJECT_WORDS; j++) {
      if (v.endsSentence(j) || v.isQuoteMark(j) || v.lineBreakBefore(j)) {
        return null;
      }
      if (v.hasCue(j, VERB)) {
        w.used[j] = true;
        return new int[] {k, j, Mode.SUBJECT.ordinal()};
      }
      if (v.isWord(j)) {
        words++;
      }
    }
    return null;
  }

  /** Attribution before the opening mark: {from, to, mode} or null. */
  private int[] before(int open) {
    int words = 0;
    int limit = Math.max(0, open - Windows.MAX_WINDOW_TOKENS);
    for (int k = open - 1; k >= limit && words <= Windows.MAX_GAP_WORDS; k--) {
      if (v.endsSentence(k) || v.isQuoteMark(k) || v.lineBreakBefore(k + 1) && !v.is(k, ':')) {
        return null;
      }
      if (v.hasCue(k, VERB) && !w.used[k]) {
        w.used[k] = true;
        if (v.hasCue(k, PARTICIPLE)) {
          return new int[] {w.sentenceStart(k), k, Mode.PARTICIPLE.ordinal()};
        }
        return new int[] {w.subjectStart(k), k, Mode.SUBJECT.ordinal()};
      }
      if (v.hasCue(k, ACCORDING)) {
        w.used[k] = true;
        return new int[] {v.cueLast[k] + 1, w.phraseEnd(v.cueLast[k] + 1, false),
            Mode.ACCORDING.ordinal()};
      }
      if (v.hasCue(k, ACCORDING_PRONOUN)) {
        w.used[k] = true;
        return new int[] {k, k, Mode.PRONOUN.ordinal()};
      }
      if (v.isWord(k)) {
        words++;
      }
    }
    return null;
  }
}
