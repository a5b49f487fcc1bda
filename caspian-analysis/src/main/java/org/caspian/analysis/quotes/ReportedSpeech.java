package org.caspian.analysis.quotes;

import static org.caspian.analysis.quotes.QuoteLexicon.ACCORDING;
import static org.caspian.analysis.quotes.QuoteLexicon.ADJUNCT;
import static org.caspian.analysis.quotes.QuoteLexicon.ADJUNCT_PREP;
import static org.caspian.analysis.quotes.QuoteLexicon.CLAUSE_START;
import static org.caspian.analysis.quotes.QuoteLexicon.PARTICIPLE;
import static org.caspian.analysis.quotes.QuoteLexicon.PARTICLE;
import static org.caspian.analysis.quotes.QuoteLexicon.THAT;
import static org.caspian.analysis.quotes.QuoteLexicon.VERB;

import org.caspian.analysis.quotes.SpeakerFinder.Mode;

/**
 * Finds reported speech around a verb of saying or a source marker: {@code X said (to Y) that
 * CLAUSE}, {@code CLAUSE, X said}, {@code X said CLAUSE} (English verbs that take a bare clause),
 * {@code ..., saying CLAUSE}, {@code According to X, CLAUSE}, {@code CLAUSE, according to X} and
 * the Azerbaijani and Armenian postpositions. The clause runs to the end of the sentence or to a
 * comma before a clause-end cue. Per article; not thread-safe.
 */
final class ReportedSpeech {
  private final QuoteView v;
  private final Windows w;

  ReportedSpeech(Windows w) {
    this.v = w.v;
    this.w = w;
  }

  /** "X said (to Y) that CLAUSE", "X заявил, что CLAUSE", "X bildirib ki, CLAUSE". */
  Candidate reported(int verb) {
    int j = v.cueLast[verb] + 1;
    int gap = 0;
    while (j < v.n && gap <= 5 && j <= verb + Windows.MAX_WINDOW_TOKENS) {
      if (v.endsSentence(j) || v.isQuoteMark(j) || v.is(j, ':') || v.lineBreakBefore(j)
          || v.hasCue(j, VERB)) {
        return null;
      }
      if (v.hasCue(j, THAT)) {
        break;
      }
      if (v.isWord(j)) {
        gap++;
      }
      j++;
    }
    if (j >= v.n || !v.hasCue(j, THAT)) {
      return null;
    }
    if (v.hasCue(verb, PARTICIPLE)) {
      return clauseAfter(v.cueLast[j], Mode.PARTICIPLE, w.sentenceStart(verb), verb);
    }
    return clauseAfter(v.cueLast[j], Mode.SUBJECT, w.subjectStart(verb), verb);
  }

  /**
   * Reported speech that the attribution follows: "CLAUSE, X said (on Friday)(, urging ...)."
   * or "CLAUSE, said X." / "CLAUSE, — заявил X."
   */
  Candidate trailing(int verb) {
    int s0 = w.sentenceStart(verb);
    int vEnd = v.cueLast[verb];
    int b = verb - 1;
    while (b > s0 && (w.isDash(b) || v.hasCue(b, PARTICLE))) {
      b--;
    }
    if (b > s0 && v.is(b, ',')) {
      int to = w.phraseEnd(vEnd + 1, false);
      if (to > vEnd + 1 && (to >= v.n || v.endsSentence(to) || v.is(to, ',')
          || v.lineBreakBefore(to))) {
        return reportedCandidate(v.tokens.start(verb), s0, b - 1, Mode.INVERTED, vEnd + 1, to,
            v.tokens.end(to - 1));
      }
      return null;
    }
    int comma = -1;
    int words = 0;
    for (int k = verb - 1; k > s0 && words <= 6; k--) {
      if (v.is(k, ',')) {
        comma = k;
        break;
      }
      if (v.endsSentence(k) || v.isQuoteMark(k) || v.hasCue(k, VERB | THAT)) {
        return null;
      }
      if (v.isWord(k)) {
        words++;
      }
    }
    if (comma < 0 || comma == verb - 1 || !endsSoon(vEnd + 1)) {
      return null;
    }
    int from = comma + 1;
    while (from < verb && (w.isDash(from) || v.hasCue(from, PARTICLE))) {
      from++;
    }
    return reportedCandidate(v.tokens.start(verb), s0, comma - 1, Mode.SUBJECT, from, verb,
        v.tokens.end(vEnd));
  }

  /** Whether the sentence ends, or a comma comes, within a few words and no other verb. */
  private boolean endsSoon(int k) {
    int words = 0;
    for (int j = k; j < v.n && j < k + Windows.MAX_WINDOW_TOKENS; j++) {
      if (v.endsSentence(j) || v.is(j, ',') || v.lineBreakBefore(j)) {
        return true;
      }
      if (v.hasCue(j, VERB | THAT) || v.isQuoteMark(j)) {
        return false;
      }
      if (v.isWord(j) && ++words > 5) {
        return false;
      }
    }
    return k >= v.n || words <= 5;
  }

  /**
   * English reported speech without "that": "Baku said its army had ...", "Putin said on Friday
   * two missiles ...", "..., saying Yerevan was drifting ...". The verb must be one that takes a
   * bare clause, and the clause must open with a pronoun, determiner, number or name.
   */
  Candidate bare(int verb) {
    int k = v.cueLast[verb] + 1;
    if (v.hasCue(k, ADJUNCT)) {
      k = v.cueLast[k] + 1;
    } else if (v.hasCue(k, ADJUNCT_PREP) && k + 1 < v.n && w.capitalisedOrNumber(k + 1)) {
      k = v.cueLast[k] + 1;
      int skipped = 0;
      while (k < v.n && skipped < 3 && w.capitalisedOrNumber(k) && !v.hasCue(k, CLAUSE_START)) {
        k++;
        skipped++;
      }
    }
    if (k >= v.n || v.isQuoteMark(k) || v.lineBreakBefore(k) || !v.isWord(k)
        || !(v.hasCue(k, CLAUSE_START) || w.capitalisedOrNumber(k))) {
      return null;
    }
    Candidate c = v.hasCue(verb, PARTICIPLE)
        ? clauseAfter(k - 1, Mode.PARTICIPLE, w.sentenceStart(verb), verb)
        : clauseAfter(k - 1, Mode.SUBJECT, w.subjectStart(verb), verb);
    return c != null && c.words() >= 4 ? c : null;
  }

  /** "According to X, CLAUSE" or "CLAUSE, according to X". */
  Candidate according(int cue) {
    int from = v.cueLast[cue] + 1;
    int to = w.phraseEnd(from, false);
    if (to == from) {
      return null;
    }
    if (to < v.n && v.is(to, ',')) {
      Candidate c = clauseAfter(to, Mode.ACCORDING, from, to);
      if (c != null && c.words() >= 3) {
        return c;
      }
    }
    if ((to >= v.n || v.endsSentence(to) || v.lineBreakBefore(to)) && cue > 0
        && v.is(cue - 1, ',')) {
      int start = w.sentenceStart(cue - 1);
      if (start < cue - 1) {
        return reportedCandidate(v.tokens.start(cue), start, cue - 2, Mode.ACCORDING, from, to,
            v.tokens.end(to - 1));
      }
    }
    return null;
  }

  /** "Ramiz Əliyevin sözlərinə görə, CLAUSE": the source stands before the marker. */
  Candidate accordingAfter(int cue) {
    int from = cue;
    int words = 0;
    while (from > 0 && words < 6 && from > cue - Windows.MAX_WINDOW_TOKENS) {
      int k = from - 1;
      if (v.endsSentence(k) || v.is(k, ',') || v.isQuoteMark(k) || v.lineBreakBefore(from)) {
        break;
      }
      from = k;
      if (v.isWord(k)) {
        words++;
      }
    }
    if (from == cue) {
      return null;
    }
    return clauseAfter(v.cueLast[cue], Mode.ACCORDING, from, cue);
  }

  /**
   * Reported speech from after token {@code marker} (and a comma) to the end of the sentence, or
   * to a comma before a clause-end cue (", calling ...", ", but ...").
   */
  Candidate clauseAfter(int marker, Mode mode, int from, int to) {
    int k = marker + 1;
    if (k < v.n && v.is(k, ',')) {
      k++;
    }
    if (k >= v.n || v.isQuoteMark(k) || v.lineBreakBefore(k) || v.endsSentence(k)) {
      return null;
    }
    int end = k;
    while (end + 1 < v.n && !v.endsSentence(end + 1) && !v.lineBreakBefore(end + 1)
        && end < k + Windows.MAX_CLAUSE_TOKENS
        && !(v.is(end + 1, ',') && v.hasCue(end + 2, QuoteLexicon.CLAUSE_END))) {
      end++;
    }
    return reportedCandidate(v.tokens.start(marker), k, end, mode, from, to,
        v.tokens.end(end));
  }

  private Candidate reportedCandidate(int anchor, int first, int last, Mode mode, int from, int to,
      int attrEnd) {
    while (last > first && (v.is(last, ',') || v.is(last, ';') || v.is(last, ':')
        || v.is(last, '-') || v.is(last, '—'))) {
      last--;
    }
    int words = 0;
    for (int k = first; k <= last; k++) {
      if (v.isWord(k)) {
        words++;
      }
    }
    if (words == 0) {
      return null;
    }
    return new Candidate(anchor, false, v.tokens.start(first), v.tokens.end(last), mode, from, to,
        Math.max(attrEnd, v.tokens.end(last)), false, words);
  }
}
