package org.caspian.analysis.events;

import java.util.ArrayList;
import java.util.List;
import org.caspian.analysis.tone.ToneStage;
import org.caspian.model.Tokens;
import org.caspian.model.Tone;

/**
 * An actor's verdict on an act told before it: "in what Yerevan called an unprecedented
 * escalation", "a demand the kingdom called blatant interference", "an attack that Qatar's prime
 * minister called state terrorism", "a move Human Rights Watch said was part of a crackdown". The
 * verdict is a criticism (111) of the act's doer when its words lean negative in the tone lexicon,
 * praise (051) when they lean positive, and nothing when they are neutral. The act is found as for
 * other reactions ({@link TargetFinder#pointedAt}). Working state of one sentence; not
 * thread-safe.
 */
final class Evaluations {
  /** Words of the verdict read after the verb, at most. */
  private static final int VERDICT_WORDS = 12;
  private static final long END = WordRole.HARD.bit() | WordRole.STOP.bit()
      | WordRole.COMMA.bit();

  private final EventView v;
  private final ToneStage tone;
  private final Trigger[] triggerAt;
  private final Pattern criticise;
  private final Pattern praise;

  Evaluations(EventView v, ToneStage tone, Trigger[] triggerAt) {
    this.v = v;
    this.tone = tone;
    this.triggerAt = triggerAt;
    this.criticise = synthetic("111");
    this.praise = synthetic("051");
  }

  /** A verdict found in a sentence: its verb as a trigger, the judge and the judged. */
  record Verdict(Trigger trigger, ActorGroup judge, List<ActorGroup> judged) {}

  /**
   * The verdicts in tokens {@code [s, e)}; {@code targets} finds the doer of the act a word
   * points back at.
   */
  List<Verdict> find(int s, int e, RoleFinder roles, TargetFinder targets) {
    List<Verdict> out = null;
    for (int k = s + 1; k < e - 1; k++) {
      boolean evaluate = v.has(k, WordRole.EVALUATE);
      Trigger speech = triggerAt[k];
      boolean said = speech != null && speech.head == k && speech.speech()
          && (v.has(k + 1, WordRole.BE) || v.has(k + 1, WordRole.AUX));
      ActorGroup judge = v.group(k - 1);
      if (!evaluate && !said || judge == null || judge.last() != k - 1 || !roles.usable(judge)) {
        continue;
      }
      int anchor = anchor(judge.first() - 1, s);
      if (anchor < 0) {
        continue;
      }
      Pattern p = verdict(k + 1, e);
      if (p == null) {
        continue;
      }
      List<ActorGroup> judged = targets.pointedAt(anchor, judge);
      if (judged.isEmpty()) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(2);
      }
      out.add(new Verdict(new Trigger(p, k, k, new int[] {k}, 0), judge, judged));
    }
    return out == null ? List.of() : out;
  }

  /**
   * The word before the judge that ties the verdict to an act: a noun pointing back at one ("a
   * move", "a demand"), "what" ("in what X called"), or a relative pronoun; -1 when none.
   */
  private int anchor(int k, int s) {
    while (k > s && v.has(k, WordRole.DET)) {
      k--;
    }
    if (k < s) {
      return -1;
    }
    if (v.has(k, WordRole.ANAPHOR) || v.has(k, WordRole.REL) || v.has(k, WordRole.THAT)
        || "what".equalsIgnoreCase(v.word(k))) {
      return k;
    }
    return -1;
  }

  /** The pattern of the verdict that starts at token {@code from}, by its lean; null if none. */
  private Pattern verdict(int from, int e) {
    int to = from;
    while (to < e && to - from < VERDICT_WORDS && !v.any(to, END)) {
      to++;
    }
    if (to == from) {
      return null;
    }
    int[] starts = new int[to - from];
    int[] ends = new int[to - from];
    for (int i = from; i < to; i++) {
      starts[i - from] = v.tokens.start(i);
      ends[i - from] = v.tokens.end(i);
    }
    Tone t = tone.score(v.text, new Tokens(starts, ends), "en");
    return t.negative() > t.positive() ? criticise : t.positive() > t.negative() ? praise : null;
  }

  private static Pattern synthetic(String code) {
    return new Pattern("(verdict) " + code, 0, code, false, new int[][] {{}},
        new boolean[] {false}, new int[0], new int[0], false, false, false, "", false, false, "",
        false, Government.NONE);
  }
}
