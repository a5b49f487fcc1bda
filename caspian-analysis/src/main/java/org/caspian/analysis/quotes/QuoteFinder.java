package org.caspian.analysis.quotes;

import static org.caspian.analysis.quotes.QuoteLexicon.ACCORDING;
import static org.caspian.analysis.quotes.QuoteLexicon.ACCORDING_POST;
import static org.caspian.analysis.quotes.QuoteLexicon.ACCORDING_PRONOUN;
import static org.caspian.analysis.quotes.QuoteLexicon.ADJUNCT;
import static org.caspian.analysis.quotes.QuoteLexicon.ADJUNCT_PREP;
import static org.caspian.analysis.quotes.QuoteLexicon.BARE;
import static org.caspian.analysis.quotes.QuoteLexicon.CLAUSE_START;
import static org.caspian.analysis.quotes.QuoteLexicon.NAMING;
import static org.caspian.analysis.quotes.QuoteLexicon.PARTICIPLE;
import static org.caspian.analysis.quotes.QuoteLexicon.PARTICLE;
import static org.caspian.analysis.quotes.QuoteLexicon.THAT;
import static org.caspian.analysis.quotes.QuoteLexicon.VERB;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caspian.analysis.quotes.SpeakerFinder.Mode;
import org.caspian.model.Quote;
import org.caspian.model.Span;

/**
 * Finds the quotes of one article: first where each quotation and each piece of reported speech
 * is and which words attribute it, then, in text order, who the speaker is (so that "he" and "the
 * expert" see the speakers before them). Not thread-safe; one per article.
 */
final class QuoteFinder {
  /** A quotation with no attribution is kept as speech only from this many words on. */
  static final int MIN_UNATTRIBUTED_WORDS = 5;
  private static final int MAX_SUBJECT_WORDS = 8;
  private static final int MAX_GAP_WORDS = 8;
  /** No window looks further than this many tokens, whatever they are (punctuation runs). */
  private static final int MAX_WINDOW_TOKENS = 40;
  /** Reported speech ends at the sentence end or after this many tokens. */
  static final int MAX_CLAUSE_TOKENS = 150;

  private final ArticleView v;
  private final People people;
  private final SpeakerFinder speakers;
  private final boolean[] used;

  QuoteFinder(ArticleView v) {
    this.v = v;
    this.people = new People(v);
    this.speakers = new SpeakerFinder(v, people);
    this.used = new boolean[v.n];
  }

  List<Quote> run() {
    List<Candidate> cands = new ArrayList<>();
    for (QuotationMarks.Pair p : v.quotations) {
      Candidate c = direct(p);
      if (c != null) {
        cands.add(c);
      }
    }
    for (int k = 0; k < v.n; k++) {
      int cue = v.cue[k];
      if (cue == 0 || used[k] || v.insideQuotation(v.tokens.start(k))) {
        continue;
      }
      Candidate c = null;
      if ((cue & VERB) != 0) {
        c = reported(k);
        if (c == null && (cue & PARTICIPLE) == 0) {
          c = trailing(k);
        }
        if (c == null && (cue & BARE) != 0) {
          c = bare(k);
        }
      } else if ((cue & ACCORDING) != 0) {
        c = according(k);
      } else if ((cue & ACCORDING_POST) != 0) {
        c = accordingAfter(k);
      } else if ((cue & ACCORDING_PRONOUN) != 0) {
        c = clauseAfter(k, Mode.PRONOUN, k, k);
      }
      if (c != null) {
        cands.add(c);
      }
    }
    cands.sort(Comparator.comparingInt(Candidate::anchor));
    return resolve(cands);
  }

  private List<Quote> resolve(List<Candidate> cands) {
    List<Quote> out = new ArrayList<>();
    Speaker last = null;
    int lastEnd = -1;
    Candidate lastReported = null;
    Speaker lastReportedSpeaker = null;
    int lastAnchor = -1;
    for (Candidate c : cands) {
      people.advanceTo(c.anchor());
      Speaker s = null;
      if (c.mode() == Mode.PARTICIPLE && last != null
          && lastAnchor >= v.tokens.start(c.from())) {
        s = last; // "..., the Kremlin said on Monday, adding that ..."
      } else if (c.mode() != null) {
        s = speakers.find(c.mode(), c.from(), c.to(), c.anchor(), last);
      }
      if (s == null && c.direct()) {
        if (lastReported != null && c.start() > lastReported.start()
            && c.start() < lastReported.end()) {
          s = lastReportedSpeaker; // a quotation inside reported speech
        } else if (last != null && c.opensSentence() && wordsBetween(lastEnd, c.start()) <= 3) {
          s = last; // "A," he said. "B."
        }
      }
      if (s == null) {
        if (!c.direct() || c.words() < MIN_UNATTRIBUTED_WORDS) {
          continue;
        }
        s = Speaker.UNKNOWN;
      }
      out.add(new Quote(s.name(), s.code(), v.text.substring(c.start(), c.end()),
          new Span(c.start(), c.end()), c.direct()));
      if (s.person() >= 0) {
        people.spoke(s.person(), c.anchor());
      }
      if (s != Speaker.UNKNOWN) {
        last = s;
        lastEnd = c.attributionEnd();
        lastAnchor = c.anchor();
      }
      if (!c.direct()) {
        lastReported = c;
        lastReportedSpeaker = s;
      }
    }
    out.sort(Comparator.comparing(Quote::span));
    return out;
  }

  private int wordsBetween(int from, int to) {
    if (from < 0) {
      return Integer.MAX_VALUE;
    }
    int words = 0;
    int first = v.tokenAt(from);
    for (int k = first; k < v.n && v.tokens.start(k) < to && words <= 3; k++) {
      if (k > first + MAX_WINDOW_TOKENS) {
        return Integer.MAX_VALUE;
      }
      if (v.tokens.start(k) >= from && v.isWord(k)) {
        words++;
      }
    }
    return words;
  }

  // ---- direct quotes -------------------------------------------------------------------------

  private Candidate direct(QuotationMarks.Pair p) {
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
    int words = 0;
    boolean lower = false;
    for (int k = open + 1; k < close; k++) {
      if (v.isWord(k)) {
        words++;
        lower |= !Character.isUpperCase(v.text.codePointAt(v.tokens.start(k)));
      }
    }
    if (words <= 2 && !lower && !endsInPunctuation(p)) {
      return null; // "Tsargrad", "North–South": a name in quotation marks
    }
    boolean opens = open == 0 || v.endsSentence(open - 1) || v.lineBreakBefore(open)
        || v.is(open - 1, ':');
    int[] w = after(close);
    if (w == null && (words >= 2 || endsInPunctuation(p) || close + 1 >= v.n
        || !v.isWord(close + 1) || v.lineBreakBefore(close + 1))) {
      // a one-word quotation that runs on into its sentence ("described the "elections" in the
      // region as ...") is the writer's, not the object of the verb before it
      w = before(open);
    }
    if (w == null) {
      return new Candidate(p.open(), true, s, e, null, 0, 0, p.close() + 1, opens, words);
    }
    int attrEnd = Math.max(p.close() + 1, w[1] > w[0] ? v.tokens.end(w[1] - 1) : 0);
    return new Candidate(p.open(), true, s, e, Mode.values()[w[2]], w[0], w[1], attrEnd, opens,
        words);
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
      used[k] = true;
      return new int[] {v.cueLast[k] + 1, phraseEnd(v.cueLast[k] + 1, true),
          Mode.INVERTED.ordinal()};
    }
    if (v.hasCue(k, ACCORDING)) {
      used[k] = true;
      return new int[] {v.cueLast[k] + 1, phraseEnd(v.cueLast[k] + 1, false),
          Mode.ACCORDING.ordinal()};
    }
    int words = 0;
    for (int j = k; j < v.n && words <= MAX_SUBJECT_WORDS && j < k + MAX_WINDOW_TOKENS; j++) {
      if (v.endsSentence(j) || v.isQuoteMark(j) || v.lineBreakBefore(j)) {
        return null;
      }
      if (v.hasCue(j, VERB)) {
        used[j] = true;
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
    for (int k = open - 1; k >= 0 && words <= MAX_GAP_WORDS && k >= open - MAX_WINDOW_TOKENS;
        k--) {
      if (v.endsSentence(k) || v.isQuoteMark(k) || v.lineBreakBefore(k + 1) && !v.is(k, ':')) {
        return null;
      }
      if (v.hasCue(k, VERB) && !used[k]) {
        used[k] = true;
        if (v.hasCue(k, PARTICIPLE)) {
          return new int[] {sentenceStart(k), k, Mode.PARTICIPLE.ordinal()};
        }
        return new int[] {subjectStart(k), k, Mode.SUBJECT.ordinal()};
      }
      if (v.hasCue(k, ACCORDING)) {
        used[k] = true;
        return new int[] {v.cueLast[k] + 1, phraseEnd(v.cueLast[k] + 1, false),
            Mode.ACCORDING.ordinal()};
      }
      if (v.hasCue(k, ACCORDING_PRONOUN)) {
        used[k] = true;
        return new int[] {k, k, Mode.PRONOUN.ordinal()};
      }
      if (v.isWord(k)) {
        words++;
      }
    }
    return null;
  }

  /** First token of the subject of the verb at {@code verb}: back to a clause or sentence edge. */
  private int subjectStart(int verb) {
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
  private int phraseEnd(int from, boolean skipMarks) {
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

  // ---- reported speech -----------------------------------------------------------------------

  /** "X said (to Y) that CLAUSE", "X заявил, что CLAUSE", "X bildirib ki, CLAUSE". */
  private Candidate reported(int verb) {
    int j = v.cueLast[verb] + 1;
    int gap = 0;
    while (j < v.n && gap <= 5 && j <= verb + MAX_WINDOW_TOKENS) {
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
      return clauseAfter(v.cueLast[j], Mode.PARTICIPLE, sentenceStart(verb), verb);
    }
    return clauseAfter(v.cueLast[j], Mode.SUBJECT, subjectStart(verb), verb);
  }

  /**
   * Reported speech that the attribution follows: "CLAUSE, X said (on Friday)(, urging ...)."
   * or "CLAUSE, said X." / "CLAUSE, — заявил X."
   */
  private Candidate trailing(int verb) {
    int s0 = sentenceStart(verb);
    int vEnd = v.cueLast[verb];
    int b = verb - 1;
    while (b > s0 && (isDash(b) || v.hasCue(b, PARTICLE))) {
      b--;
    }
    if (b > s0 && v.is(b, ',')) {
      int to = phraseEnd(vEnd + 1, false);
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
    while (from < verb && (isDash(from) || v.hasCue(from, PARTICLE))) {
      from++;
    }
    return reportedCandidate(v.tokens.start(verb), s0, comma - 1, Mode.SUBJECT, from, verb,
        v.tokens.end(vEnd));
  }

  /** Whether the sentence ends, or a comma comes, within a few words and no other verb. */
  private boolean endsSoon(int k) {
    int words = 0;
    for (int j = k; j < v.n && j < k + MAX_WINDOW_TOKENS; j++) {
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
  private Candidate bare(int verb) {
    int k = v.cueLast[verb] + 1;
    if (v.hasCue(k, ADJUNCT)) {
      k = v.cueLast[k] + 1;
    } else if (v.hasCue(k, ADJUNCT_PREP) && k + 1 < v.n && capitalisedOrNumber(k + 1)) {
      k = v.cueLast[k] + 1;
      int skipped = 0;
      while (k < v.n && skipped < 3 && capitalisedOrNumber(k) && !v.hasCue(k, CLAUSE_START)) {
        k++;
        skipped++;
      }
    }
    if (k >= v.n || v.isQuoteMark(k) || v.lineBreakBefore(k) || !v.isWord(k)
        || !(v.hasCue(k, CLAUSE_START) || capitalisedOrNumber(k))) {
      return null;
    }
    Candidate c = v.hasCue(verb, PARTICIPLE)
        ? clauseAfter(k - 1, Mode.PARTICIPLE, sentenceStart(verb), verb)
        : clauseAfter(k - 1, Mode.SUBJECT, subjectStart(verb), verb);
    return c != null && c.words() >= 4 ? c : null;
  }

  private boolean capitalisedOrNumber(int k) {
    int cp = v.text.codePointAt(v.tokens.start(k));
    return Character.isUpperCase(cp) || Character.isDigit(cp);
  }

  private boolean isDash(int k) {
    return v.is(k, '-') || v.is(k, '—') || v.is(k, '–');
  }

  /** "According to X, CLAUSE" or "CLAUSE, according to X". */
  private Candidate according(int cue) {
    int from = v.cueLast[cue] + 1;
    int to = phraseEnd(from, false);
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
      int start = sentenceStart(cue - 1);
      if (start < cue - 1) {
        return reportedCandidate(v.tokens.start(cue), start, cue - 2, Mode.ACCORDING, from, to,
            v.tokens.end(to - 1));
      }
    }
    return null;
  }

  /** "Ramiz Əliyevin sözlərinə görə, CLAUSE": the source stands before the marker. */
  private Candidate accordingAfter(int cue) {
    int from = cue;
    int words = 0;
    while (from > 0 && words < 6 && from > cue - MAX_WINDOW_TOKENS) {
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
  private Candidate clauseAfter(int marker, Mode mode, int from, int to) {
    int k = marker + 1;
    if (k < v.n && v.is(k, ',')) {
      k++;
    }
    if (k >= v.n || v.isQuoteMark(k) || v.lineBreakBefore(k) || v.endsSentence(k)) {
      return null;
    }
    int end = k;
    while (end + 1 < v.n && !v.endsSentence(end + 1) && !v.lineBreakBefore(end + 1)
        && end < k + MAX_CLAUSE_TOKENS
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

  private int sentenceStart(int k) {
    int s = k;
    while (s > 0 && !v.endsSentence(s - 1) && !v.lineBreakBefore(s)
        && s > k - MAX_CLAUSE_TOKENS) {
      s--;
    }
    return s;
  }
}
