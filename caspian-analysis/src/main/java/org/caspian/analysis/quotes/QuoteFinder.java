package org.caspian.analysis.quotes;

import static org.caspian.analysis.quotes.QuoteLexicon.ACCORDING;
import static org.caspian.analysis.quotes.QuoteLexicon.ACCORDING_POST;
import static org.caspian.analysis.quotes.QuoteLexicon.ACCORDING_PRONOUN;
import static org.caspian.analysis.quotes.QuoteLexicon.BARE;
import static org.caspian.analysis.quotes.QuoteLexicon.PARTICIPLE;
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

  private final QuoteView v;
  private final People people;
  private final SpeakerFinder speakers;
  private final Windows windows;
  private final DirectQuotes direct;
  private final ReportedSpeech reported;

  QuoteFinder(QuoteView v) {
    this.v = v;
    this.people = new People(v);
    this.speakers = new SpeakerFinder(v, people);
    this.windows = new Windows(v);
    this.direct = new DirectQuotes(windows);
    this.reported = new ReportedSpeech(windows);
  }

  List<Quote> run() {
    List<Candidate> cands = new ArrayList<>();
    for (QuotationMarks.Pair p : v.quotations) {
      Candidate c = direct.direct(p);
      if (c != null) {
        cands.add(c);
      }
    }
    for (int k = 0; k < v.n; k++) {
      int cue = v.cue[k];
      if (cue == 0 || windows.used[k] || v.insideQuotation(v.tokens.start(k))) {
        continue;
      }
      Candidate c = null;
      if ((cue & VERB) != 0) {
        c = reported.reported(k);
        if (c == null && (cue & PARTICIPLE) == 0) {
          c = reported.trailing(k);
        }
        if (c == null && (cue & BARE) != 0) {
          c = reported.bare(k);
        }
      } else if ((cue & ACCORDING) != 0) {
        c = reported.according(k);
      } else if ((cue & ACCORDING_POST) != 0) {
        c = reported.accordingAfter(k);
      } else if ((cue & ACCORDING_PRONOUN) != 0) {
        c = reported.clauseAfter(k, Mode.PRONOUN, k, k);
      }
      if (c != null) {
        cands.add(c);
      }
    }
    cands.sort(Comparator.comparingInt(Candidate::anchor));
    declareReported(cands);
    return resolve(cands);
  }

  private void declareReported(List<Candidate> cands) {
    List<Candidate> rep = new ArrayList<>();
    for (Candidate c : cands) {
      if (!c.direct()) {
        rep.add(c);
      }
    }
    rep.sort(Comparator.comparingInt(Candidate::start));
    int[] starts = new int[rep.size()];
    int[] ends = new int[rep.size()];
    int n = 0;
    for (Candidate c : rep) {
      if (n > 0 && c.start() < ends[n - 1]) {
        ends[n - 1] = Math.max(ends[n - 1], c.end()); // merge overlapping clauses
        continue;
      }
      starts[n] = c.start();
      ends[n] = c.end();
      n++;
    }
    people.reported(java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n));
  }

  private List<Quote> resolve(List<Candidate> cands) {
    List<Quote> out = new ArrayList<>();
    Recent recent = new Recent();
    for (Candidate c : cands) {
      people.advanceTo(c.anchor());
      Speaker s = speakerOf(c, recent);
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
      recent.record(c, s);
    }
    out.sort(Comparator.comparing(Quote::span));
    return out;
  }

  /** The speaker of {@code c}: read from its attribution, else carried over; null if none. */
  private Speaker speakerOf(Candidate c, Recent recent) {
    Speaker last = recent.last;
    Speaker s = null;
    if (c.mode() == Mode.PARTICIPLE && last != null
        && recent.lastAnchor >= v.tokens.start(c.from())) {
      s = last; // "..., the Kremlin said on Monday, adding that ..."
    } else if (c.mode() != null) {
      s = speakers.find(c.mode(), c.from(), c.to(), c.anchor(), last);
    }
    if (s == null && c.direct()) {
      Candidate rep = recent.lastReported;
      if (rep != null && c.start() > rep.start() && c.start() < rep.end()) {
        s = recent.lastReportedSpeaker; // a quotation inside reported speech
      } else if (last != null && c.opensSentence()
          && wordsBetween(recent.lastEnd, c.start()) <= 3) {
        s = last; // "A," he said. "B."
      }
    }
    return s;
  }

  /** The latest known speaker and the latest reported clause, for quotes that name nobody. */
  private static final class Recent {
    Speaker last;
    int lastEnd = -1;
    int lastAnchor = -1;
    Candidate lastReported;
    Speaker lastReportedSpeaker;

    void record(Candidate c, Speaker s) {
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
  }

  private int wordsBetween(int from, int to) {
    if (from < 0) {
      return Integer.MAX_VALUE;
    }
    int words = 0;
    int first = v.tokenAt(from);
    for (int k = first; k < v.n && v.tokens.start(k) < to && words <= 3; k++) {
      if (k > first + Windows.MAX_WINDOW_TOKENS) {
        return Integer.MAX_VALUE;
      }
      if (v.tokens.start(k) >= from && v.isWord(k)) {
        words++;
      }
    }
    return words;
  }
}
