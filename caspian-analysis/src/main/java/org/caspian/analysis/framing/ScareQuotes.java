package org.caspian.analysis.framing;

import java.util.List;
import org.caspian.analysis.lexicon.DataFiles;
import org.caspian.analysis.lexicon.PhraseScanner;
import org.caspian.analysis.lexicon.TermTrie;
import org.caspian.analysis.quotes.QuotationMarks;
import org.caspian.model.FrameMarker;
import org.caspian.model.Quote;
import org.caspian.model.Span;
import org.caspian.model.Tokens;

/**
 * Finds scare quotes: a short phrase put in quotation marks to distance the writer from it (the
 * "elections", a "peace" that is "merely another interim truce").
 *
 * <p>The heuristic. A matched pair of quotation marks (any depth) is a scare quote when
 *
 * <ol>
 *   <li>it holds 1 to {@value #MAX_WORDS} words and at most {@value #MAX_CHARS} characters;
 *   <li>at least one word starts with a lower-case letter, so names in quotes ("Tsargrad",
 *       "Rosatom", "North–South", the "12-Day War") are left alone;
 *   <li>it does not end in '?' or '!' (a quoted exclamation is speech);
 *   <li>nobody is said to have said it: no quote found by the quote stage covers it (when that
 *       layer is present), no attribution or naming cue ({@code scare-cues.tsv}: said, called,
 *       titled, described, citing...) stands among the {@value #BEFORE} words before the opening
 *       mark within the sentence, and no speech verb follows within {@value #AFTER} words of the
 *       closing mark ({@code "yes," he said}).
 * </ol>
 *
 * <p>"so-called" before the quote does not count as attribution: {@code so-called “anti-terrorist
 * measures”} yields both markers. The marker's span covers the phrase with its quotation marks.
 */
final class ScareQuotes {
  static final int MAX_WORDS = 4;
  static final int MAX_CHARS = 60;
  static final int BEFORE = 6;
  static final int AFTER = 3;
  static final String TERM = "scare-quotes";
  static final String SIDE = "distancing";
  static final String FRAME = "distancing";
  private static final int CUE_BEFORE = 1;
  private static final int CUE_AFTER = 2;

  private final TermTrie cues;

  private ScareQuotes(TermTrie cues) {
    this.cues = cues;
  }

  static ScareQuotes load(String resource) {
    TermTrie.Builder b = TermTrie.builder();
    for (String[] f : DataFiles.readTsv(ScareQuotes.class, resource, 3)) {
      int where;
      switch (f[2]) {
        case "before":
          where = CUE_BEFORE;
          break;
        case "after":
          where = CUE_AFTER;
          break;
        case "both":
          where = CUE_BEFORE | CUE_AFTER;
          break;
        default:
          throw new IllegalStateException(resource + ": bad position '" + f[2] + "'");
      }
      int old = b.put(f[1], where);
      if (old > 0) {
        b.put(f[1], old | where);
      }
    }
    return new ScareQuotes(b.build());
  }

  /** Adds a marker to {@code out} for each scare quote in {@code text}. */
  void find(String text, Tokens tokens, List<Quote> quotes, List<FrameMarker> out) {
    List<QuotationMarks.Pair> pairs = QuotationMarks.find(text);
    if (pairs.isEmpty()) {
      return;
    }
    PhraseScanner scanner = new PhraseScanner(cues, text, tokens);
    for (QuotationMarks.Pair p : pairs) {
      if (looksLikeScareQuote(text, p) && !coveredByQuote(p, quotes)
          && !cueBefore(text, tokens, scanner, p.open()) && !cueAfter(text, tokens, scanner,
              p.close())) {
        out.add(new FrameMarker(TERM, SIDE, FRAME, new Span(p.open(), p.close() + 1)));
      }
    }
  }

  static boolean looksLikeScareQuote(String text, QuotationMarks.Pair p) {
    int s = p.contentStart();
    int e = p.contentEnd();
    while (s < e && isTrim(text.charAt(s))) {
      s++;
    }
    while (e > s && isTrim(text.charAt(e - 1))) {
      e--;
    }
    if (e == s || e - s > MAX_CHARS) {
      return false;
    }
    char last = text.charAt(e - 1);
    if (last == '?' || last == '!') {
      return false;
    }
    return fewWordsSomeLowerCase(text, s, e);
  }

  /**
   * Whether {@code text[s, e)} holds one to {@value #MAX_WORDS} words, at least one of them
   * starting in lower case (words without a letter do not count).
   */
  private static boolean fewWordsSomeLowerCase(String text, int s, int e) {
    int words = 0;
    boolean lower = false;
    int i = s;
    while (i < e) {
      while (i < e && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i == e) {
        break;
      }
      int firstLetter = -1;
      while (i < e && !Character.isWhitespace(text.charAt(i))) {
        if (firstLetter < 0 && Character.isLetter(text.charAt(i))) {
          firstLetter = i;
        }
        i++;
      }
      if (firstLetter >= 0) {
        words++;
        if (Character.isLowerCase(text.charAt(firstLetter))) {
          lower = true;
        }
      }
    }
    return words >= 1 && words <= MAX_WORDS && lower;
  }

  private static boolean isTrim(char c) {
    return Character.isWhitespace(c) || c == '*' || c == '_' || c == ',' || c == '.' || c == ';'
        || c == ':';
  }

  /** Whether a direct quote lies within the pair; {@code quotes} are in text order. */
  private static boolean coveredByQuote(QuotationMarks.Pair p, List<Quote> quotes) {
    int lo = 0;
    int hi = quotes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).span().start() < p.open()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < quotes.size() && quotes.get(i).span().start() <= p.close(); i++) {
      Quote q = quotes.get(i);
      if (q.direct() && q.span().end() <= p.close() + 1) {
        return true;
      }
    }
    return false;
  }

  private boolean cueBefore(String text, Tokens tokens, PhraseScanner scanner, int open) {
    int first = tokens.firstAtOrAfter(open);
    int words = 0;
    for (int k = first - 1; k >= 0 && words < BEFORE && k >= first - 4 * BEFORE; k--) {
      char c = text.charAt(tokens.start(k));
      if (endsSentence(c)) {
        return false;
      }
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      words++;
      if (scanner.matchAt(k) && (scanner.value() & CUE_BEFORE) != 0 && scanner.end() <= open) {
        return true;
      }
    }
    return false;
  }

  private boolean cueAfter(String text, Tokens tokens, PhraseScanner scanner, int close) {
    int k = tokens.firstAtOrAfter(close + 1);
    int seen = 0;
    for (int limit = k + 4 * AFTER; k < tokens.size() && seen < AFTER && k < limit; k++) {
      char c = text.charAt(tokens.start(k));
      if (endsSentence(c)) {
        return false;
      }
      if (!Character.isLetter(c)) {
        continue;
      }
      seen++;
      if (scanner.matchAt(k) && (scanner.value() & CUE_AFTER) != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == '։' || c == ';';
  }
}
