package org.caspian.analysis.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.caspian.analysis.lexicon.PhraseScanner;
import org.caspian.model.ActorMention;
import org.caspian.model.Span;
import org.caspian.model.Tokens;

/**
 * One article as the quote stage reads it: tokens with the speech cues and role nouns that start
 * at each, actor mentions mapped to tokens, and the outermost quotations. Built once per article;
 * not thread-safe.
 */
final class QuoteView {
  final String text;
  final Tokens tokens;
  final int n;
  /** Cue kinds (bit set) of the cue starting at each token, 0 for none. */
  final int[] cue;
  /** Last token of that cue. */
  final int[] cueLast;
  /** Role value starting at each token, -1 for none. */
  final int[] role;
  /** Last token of that role phrase. */
  final int[] roleLast;
  /** Mentions in text order. */
  final List<ActorMention> mentions;
  /** First and last token of each mention. */
  final int[] mentionFirst;
  final int[] mentionLast;
  /** Index of the longest mention starting at each token, -1 for none. */
  final int[] mentionAt;
  /** Index of the longest mention ending at each token, -1 for none. */
  final int[] mentionEndAt;
  /** Index of a mention covering each token, -1 for none. */
  final int[] coveredBy;
  /** Outermost quotations in text order. */
  final List<QuotationMarks.Pair> quotations;

  /** Whether each token is the punctuation that ends its sentence (or a semicolon). */
  private final boolean[] stop;

  QuoteView(QuoteLexicon lexicon, String text, Tokens tokens, List<Span> sentences,
      List<ActorMention> actors) {
    this.text = text;
    this.tokens = tokens;
    this.n = tokens.size();
    stop = sentenceStops(sentences);
    cue = new int[n];
    cueLast = new int[n];
    role = new int[n];
    roleLast = new int[n];
    Arrays.fill(role, -1);
    PhraseScanner cues = new PhraseScanner(lexicon.cues, text, tokens);
    PhraseScanner roles = new PhraseScanner(lexicon.roles, text, tokens);
    for (int k = 0; k < n; k++) {
      if (!isWord(k)) {
        continue;
      }
      if (cues.matchAt(k)) {
        cue[k] = cues.value();
        cueLast[k] = cues.lastToken();
      }
      if (roles.matchAt(k)) {
        role[k] = roles.value();
        roleLast[k] = roles.lastToken();
      }
    }
    List<ActorMention> sorted = new ArrayList<>();
    for (ActorMention m : actors) {
      if (m.end() <= text.length() && m.end() > m.start()) {
        sorted.add(m);
      }
    }
    sorted.sort(Comparator.comparingInt(ActorMention::start));
    mentions = List.copyOf(sorted);
    mentionFirst = new int[mentions.size()];
    mentionLast = new int[mentions.size()];
    mentionAt = new int[n];
    mentionEndAt = new int[n];
    coveredBy = new int[n];
    Arrays.fill(mentionAt, -1);
    Arrays.fill(mentionEndAt, -1);
    Arrays.fill(coveredBy, -1);
    for (int i = 0; i < mentions.size(); i++) {
      ActorMention m = mentions.get(i);
      int f = tokenAt(m.start());
      int l = Math.max(f, tokens.firstAtOrAfter(m.end()) - 1);
      mentionFirst[i] = f;
      mentionLast[i] = l;
      if (f < n && (mentionAt[f] < 0 || mentionLast[mentionAt[f]] < l)) {
        mentionAt[f] = i;
      }
      if (l < n && (mentionEndAt[l] < 0 || mentionFirst[mentionEndAt[l]] > f)) {
        mentionEndAt[l] = i;
      }
      for (int k = f; k <= l && k < n; k++) {
        coveredBy[k] = i;
      }
    }
    List<QuotationMarks.Pair> outer = new ArrayList<>();
    for (QuotationMarks.Pair p : QuotationMarks.find(text)) {
      if (p.depth() == 0) {
        outer.add(p);
      }
    }
    quotations = List.copyOf(outer);
  }

  /** Index of the token that holds {@code offset}, or of the next one. */
  int tokenAt(int offset) {
    int k = tokens.firstAtOrAfter(offset);
    if (k > 0 && tokens.end(k - 1) > offset) {
      return k - 1;
    }
    return k;
  }

  char first(int k) {
    return text.charAt(tokens.start(k));
  }

  boolean isWord(int k) {
    return Character.isLetterOrDigit(text.codePointAt(tokens.start(k)));
  }

  boolean is(int k, char c) {
    return k >= 0 && k < n && tokens.end(k) - tokens.start(k) == 1 && first(k) == c;
  }

  /**
   * Whether token {@code k} ends a sentence: final punctuation at the end of one of the given
   * sentence spans ("U.S." inside a sentence does not end it), or a semicolon.
   */
  boolean endsSentence(int k) {
    return stop[k];
  }

  private boolean[] sentenceStops(List<Span> sentences) {
    boolean[] out = new boolean[n];
    for (int k = 0; k < n; k++) {
      char c = first(k);
      out[k] = c == ';' || sentences.isEmpty() && isFinal(c);
    }
    for (Span s : sentences) {
      int last = tokens.firstAtOrAfter(s.end()) - 1;
      // the sentence may end in closing quotation marks or brackets after its final punctuation
      for (int k = last; k >= 0 && k > last - 3 && tokens.start(k) >= s.start(); k--) {
        char c = first(k);
        if (isFinal(c)) {
          out[k] = true;
          break;
        }
        if (Character.isLetterOrDigit(c)) {
          break;
        }
      }
    }
    return out;
  }

  private static boolean isFinal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '։' || c == '…';
  }

  boolean isQuoteMark(int k) {
    return QuotationMarks.isMark(first(k)) && tokens.end(k) - tokens.start(k) == 1;
  }

  /** Whether a line break separates token {@code k} from the token before it. */
  boolean lineBreakBefore(int k) {
    if (k <= 0 || k >= n) {
      return false;
    }
    for (int p = tokens.end(k - 1); p < tokens.start(k); p++) {
      char c = text.charAt(p);
      if (c == '\n' || c == '\r' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  boolean hasCue(int k, int kinds) {
    return k >= 0 && k < n && (cue[k] & kinds) != 0;
  }

  /** Text from the start of token {@code from} to the end of token {@code to} (inclusive). */
  String surface(int from, int to) {
    return text.substring(tokens.start(from), tokens.end(to));
  }

  /** Whether {@code offset} lies inside the words of an outermost quotation. */
  boolean insideQuotation(int offset) {
    int lo = 0;
    int hi = quotations.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      QuotationMarks.Pair p = quotations.get(mid);
      if (p.close() < offset) {
        lo = mid + 1;
      } else if (p.open() >= offset) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Whether the mention is followed by a possessive ending ("Putin's", "Armenians'"). */
  boolean possessive(int mention) {
    ActorMention m = mentions.get(mention);
    String t = m.text();
    if (t.endsWith("'s") || t.endsWith("’s")) {
      return true;
    }
    int e = m.end();
    if (e < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '’')) {
      return e + 1 >= text.length() || text.charAt(e + 1) == 's'
          || !Character.isLetter(text.charAt(e + 1));
    }
    return false;
  }

  /** The name to report for a mention: its canonical name, or its text when it has none. */
  String name(int mention) {
    ActorMention m = mentions.get(mention);
    return m.name().isBlank() ? m.text() : m.name();
  }
}
