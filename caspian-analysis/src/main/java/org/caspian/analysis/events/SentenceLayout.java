package org.caspian.analysis.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The clause layout of one sentence as the role rules need it: subordinate segments ("after
 * Russian police detained ...", ", which ...", "according to TASS") that a subject search skips
 * and an object search does not enter; reported-speech regions with their speaker; the
 * sentence-wide attribution from "according to X". Working state of one call.
 */
final class SentenceLayout {
  /** A stretch of reported speech. */
  record Region(int from, int to, ActorGroup speaker, Trigger speech, boolean negating,
      ActorGroup directObject) {}

  private static final long QUOTE_OR_COMMA = WordRole.QUOTE.bit() | WordRole.COMMA.bit();
  private static final long SEG_END =
      WordRole.COMMA.bit() | WordRole.HARD.bit() | WordRole.STOP.bit() | WordRole.QUOTE.bit()
          | WordRole.QUESTION.bit();

  final int s;
  final int e;
  private final int[] segStart;
  private final int[] segEnd;
  private final int[] region;
  final List<Region> regions = new ArrayList<>(2);
  /** The group named by "according to", or null. */
  ActorGroup according;
  /** Whether the sentence ends with a question mark. */
  final boolean question;

  SentenceLayout(EventView v, int s, int e, List<Trigger> triggers, Trigger[] triggerAt) {
    this.s = s;
    this.e = e;
    segStart = new int[e - s];
    segEnd = new int[e - s];
    region = new int[e - s];
    Arrays.fill(segStart, -1);
    Arrays.fill(region, -1);
    int lastReal = e - 1;
    question = lastReal >= s && v.has(lastReal, WordRole.QUESTION);
    markSegments(v, triggerAt);
    markAccording(v);
    for (Trigger t : triggers) {
      if (t.speech() && t.standalone) {
        postposed(v, t, triggerAt);
      }
    }
    for (Trigger t : triggers) {
      if (t.speech() && t.standalone && !owns(t)) {
        preposed(v, t, triggerAt);
      }
    }
  }

  private boolean owns(Trigger t) {
    for (Region r : regions) {
      if (r.speech() == t) {
        return true;
      }
    }
    return false;
  }

  /** Start of the subordinate segment holding {@code token}, or -1 in the main clause. */
  int segmentStart(int token) {
    return segStart[token - s];
  }

  int segmentEnd(int token) {
    return segEnd[token - s];
  }

  /** The reported-speech region holding {@code token}, or null. */
  Region regionAt(int token) {
    int r = region[token - s];
    return r < 0 ? null : regions.get(r);
  }

  private void markSegments(EventView v, Trigger[] triggerAt) {
    int i = s;
    while (i < e) {
      if (v.any(i, WordRole.SUBORD.bit() | WordRole.REL.bit()) && !insidePattern(i, triggerAt)) {
        int j = i + 1;
        while (j < e && !v.any(j, SEG_END)) {
          j++;
        }
        for (int k = i; k < j; k++) {
          segStart[k - s] = i;
          segEnd[k - s] = j;
        }
        i = j;
      } else {
        i++;
      }
    }
  }

  private boolean insidePattern(int token, Trigger[] triggerAt) {
    for (int h = Math.max(s, token - 6); h < token; h++) {
      Trigger t = triggerAt[h];
      if (t != null && t.covers(token)) {
        return true;
      }
    }
    return false;
  }

  private void markAccording(EventView v) {
    for (int i = s; i + 1 < e; i++) {
      if (!v.has(i, WordRole.ACCORDING) || !v.has(i + 1, WordRole.TO)) {
        continue;
      }
      for (int j = i + 2; j < Math.min(e, i + 7); j++) {
        ActorGroup g = v.group(j);
        if (g != null) {
          according = g;
          for (int k = i; k <= Math.min(g.last(), e - 1); k++) {
            segStart[k - s] = i;
            segEnd[k - s] = g.last() + 1;
          }
          return;
        }
        if (v.any(j, SEG_END)) {
          break;
        }
      }
    }
  }

  /** ", Peskov said." / "\"...,\" Zakharova said." / ", said Peskov": the report covers what is
   * before the comma or quote. */
  private void postposed(EventView v, Trigger t, Trigger[] triggerAt) {
    int c = -1;
    for (int j = t.head - 1; j >= Math.max(s, t.head - 9); j--) {
      if (v.any(j, QUOTE_OR_COMMA)) {
        c = j;
        break;
      }
      Trigger other = triggerAt[j];
      if (other != null && other.verb() || v.any(j, WordRole.HARD.bit() | WordRole.STOP.bit())) {
        return;
      }
    }
    if (c < s + 3 || !tailOnly(v, t, triggerAt)) {
      return;
    }
    // Skip an opening run of quote/comma tokens (",\"").
    int end = c;
    while (end > s && v.any(end - 1, QUOTE_OR_COMMA)) {
      end--;
    }
    ActorGroup speaker = null;
    for (int j = c + 1; j < t.head; j++) {
      if (v.group(j) != null) {
        speaker = v.group(j);
        break;
      }
    }
    if (speaker == null && t.last + 1 < e) {
      speaker = v.group(t.last + 1);
    }
    add(new Region(s, end, speaker, t, t.pattern.negating(), null));
  }

  /** Whether only a short tail without another verb or "that" follows the speech verb. */
  private boolean tailOnly(EventView v, Trigger t, Trigger[] triggerAt) {
    int count = 0;
    for (int j = t.last + 1; j < e; j++) {
      if (v.has(j, WordRole.COMMA)) {
        return true; // ", urging Baku to ...": a participle, not a complement
      }
      if (triggerAt[j] != null || v.has(j, WordRole.THAT) || ++count > 6) {
        return false;
      }
    }
    return true;
  }

  /** The speaker of speech verb {@code t}, or null. */
  ActorGroup speakerOf(Trigger t) {
    for (Region r : regions) {
      if (r.speech() == t) {
        return r.speaker();
      }
    }
    return null;
  }

  /** ", and demanded": a verb coordinated with the speech verb, outside its report. */
  private static boolean coordinatedVerb(EventView v, int k, int e, Trigger[] triggerAt) {
    if (!v.has(k, WordRole.COMMA) || k + 2 >= e || !v.has(k + 1, WordRole.AND)) {
      return false;
    }
    Trigger next = triggerAt[k + 2];
    return next != null && next.verb();
  }

  /** "Peskov said (that) ...": the report covers what follows the verb. */
  private void preposed(EventView v, Trigger t, Trigger[] triggerAt) {
    ActorGroup speaker = speaker(v, t, triggerAt);
    int k = t.last + 1;
    ActorGroup object = null;
    if (k < e && v.group(k) != null && !v.has(t.last, WordRole.TO)) {
      // "told Bayramov that", "warned Baku against": an object; "said Baku was": a subject.
      ActorGroup g = v.group(k);
      int after = g.last() + 1;
      boolean isObject = after >= e || v.any(after, WordRole.THAT.bit() | WordRole.COMMA.bit()
          | WordRole.STOP.bit() | WordRole.HARD.bit())
          || v.has(after, WordRole.PREP) && !v.has(after, WordRole.OF);
      if (isObject) {
        object = g;
        k = g.last() + 1;
      }
    }
    while (k < e && v.any(k, WordRole.THAT.bit() | WordRole.COMMA.bit())) {
      k++;
    }
    int end = k;
    while (end < e && !v.has(end, WordRole.HARD) && !coordinatedVerb(v, end, e, triggerAt)) {
      end++;
    }
    if (end > k || object != null) {
      add(new Region(k, end, speaker, t, t.pattern.negating(), object));
    }
  }

  private ActorGroup speaker(EventView v, Trigger t, Trigger[] triggerAt) {
    for (int j = t.head - 1; j >= s; j--) {
      if (segStart[j - s] >= 0 && segStart[j - s] != segStart[t.head - s]) {
        j = segStart[j - s];
        continue;
      }
      if (v.any(j, WordRole.HARD.bit() | WordRole.QUOTE.bit())) {
        return null;
      }
      ActorGroup g = v.group(j);
      if (g != null) {
        return g;
      }
      Trigger other = triggerAt[j];
      if (other != null && other.verb() && other != t) {
        return null;
      }
    }
    return null;
  }

  private void add(Region r) {
    int id = regions.size();
    regions.add(r);
    for (int k = r.from(); k < r.to(); k++) {
      region[k - s] = id;
    }
  }
}
