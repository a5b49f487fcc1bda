package org.caspian.analysis.events;

import org.caspian.analysis.lexicon.Form;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the pattern matches of one sentence. At each token the best verb and the best noun pattern
 * are tried; a verb reading is dropped after a determiner or possessive ("the detained", "Baku's
 * demands"), and a gerund after a preposition ("of shelling") may only be coded inside the verb
 * that governs it. When both readings fit, the noun wins after a determiner, a possessive or a
 * preposition ("during raids by") and before a preposition ("Russian attacks on"). Words matched by a pattern cannot start another.
 * Stateless and thread-safe.
 */
final class TriggerFinder {
  private static final int DROP = 0;
  private static final int KEEP = 1;
  private static final int EMBED_ONLY = 2;
  private static final int MAX_WORDS = 16;

  private final PatternLexicon lexicon;

  TriggerFinder(PatternLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Triggers of tokens {@code [s, e)} in order; fills {@code triggerAt} for their heads. */
  List<Trigger> find(EventView v, int s, int e, Trigger[] triggerAt) {
    List<Trigger> out = null;
    int[] buf = new int[MAX_WORDS];
    boolean[] consumed = null;
    for (int i = s; i < e; i++) {
      triggerAt[i] = null;
    }
    for (int i = s; i < e; i++) {
      Pattern[] cands = lexicon.startingWith(v.wid[i]);
      if (cands.length == 0 || v.groupAt[i] >= 0 || (consumed != null && consumed[i - s])) {
        continue;
      }
      Trigger t = best(v, cands, i, s, e, buf, consumed);
      if (t == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(4);
        consumed = new boolean[e - s];
      }
      out.add(t);
      triggerAt[i] = t;
      for (int k = 1; k < t.words.length; k++) {
        consumed[t.words[k] - s] = true;
      }
    }
    return out == null ? List.of() : out;
  }

  private Trigger best(EventView v, Pattern[] cands, int i, int s, int e, int[] buf,
      boolean[] consumed) {
    Trigger verb = null;
    Trigger noun = null;
    for (Pattern p : cands) {
      if (p.elements().length > MAX_WORDS || (p.noun() ? noun != null : verb != null)) {
        continue;
      }
      int end = p.match(v.wid, v.roles, i, e, buf);
      if (end < 0) {
        continue;
      }
      int[] words = Arrays.copyOf(buf, p.elements().length);
      if (usesConsumed(words, consumed, s)) {
        continue; // a word belongs to one pattern only
      }
      if (p.noun()) {
        noun = new Trigger(p, i, end, words, Form.NOUN);
        continue;
      }
      int form = p.headForm(v.wid[i]);
      int verdict = verdict(v, i, s, form);
      if (verdict != DROP && p.peer() && !plainVerb(v, i, s, form)) {
        continue;
      }
      if (verdict != DROP) {
        verb = new Trigger(p, i, end, words, form);
        verb.standalone = verdict == KEEP;
      }
    }
    if (verb == null || noun == null) {
      return verb != null ? verb : noun;
    }
    return nounReading(v, i, s, e) ? noun : verb;
  }

  private static boolean usesConsumed(int[] words, boolean[] consumed, int s) {
    if (consumed == null) {
      return false;
    }
    for (int k = 1; k < words.length; k++) {
      if (consumed[words[k] - s]) {
        return true;
      }
    }
    return false;
  }

  private static int verdict(EventView v, int i, int s, int form) {
    if (i == s) {
      return KEEP;
    }
    int p = i - 1;
    while (p > s && v.has(p, WordRole.QUOTE)) {
      p--; // the "torture and murder"
    }
    if (v.has(p, WordRole.DET) || v.possessive(p)) {
      return DROP;
    }
    if (v.has(p, WordRole.PREP) && !v.has(p, WordRole.TO)) {
      if ((form & Form.ING) != 0) {
        return EMBED_ONLY;
      }
      if ((form & (Form.PAST | Form.PP | Form.S)) == 0) {
        return DROP;
      }
    }
    return KEEP;
  }

  /**
   * Whether the word at {@code i} reads as a verb plainly enough for a pattern converted from a
   * peer dictionary, which was written for parsed text: a finite or participle form, a gerund
   * only after a form of "be" ("are monitoring", not "a monitoring mission"), a base form only
   * after "to", a modal, an auxiliary, "not" or a pronoun ("to support", "will support",
   * "they support"; not "support for", nor "Ukrainian combat drones"); never a capitalised word
   * inside the sentence (part of a name: "the Declaration on Allied Interaction").
   */
  private static boolean plainVerb(EventView v, int i, int s, int form) {
    if (i > s && v.capitalised(i)) {
      return false;
    }
    if ((form & (Form.PAST | Form.PP | Form.S)) != 0) {
      return true;
    }
    if (i == s) {
      return false;
    }
    int p = i - 1;
    if ((form & Form.ING) != 0) {
      return v.has(p, WordRole.BE);
    }
    return v.has(p, WordRole.TO) || v.has(p, WordRole.FUTURE) || v.has(p, WordRole.HYPO)
        || v.has(p, WordRole.AUX) || v.has(p, WordRole.NEG) || v.has(p, WordRole.PRON);
  }

  private static boolean nounReading(EventView v, int i, int s, int e) {
    if (i > s && (v.has(i - 1, WordRole.DET) || v.possessive(i - 1))) {
      return true;
    }
    if (i > s && v.has(i - 1, WordRole.PREP) && !v.has(i - 1, WordRole.TO)) {
      return true; // "during raids by", "after strikes on"
    }
    return i + 1 < e && v.has(i + 1, WordRole.PREP) && !v.has(i + 1, WordRole.TO)
        && !v.has(i + 1, WordRole.BY);
  }
}
