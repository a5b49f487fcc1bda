package org.caspian.analysis.events;

import org.caspian.analysis.lexicon.Form;
import org.caspian.model.Modality;

/**
 * Decides whether a trigger is asserted, negated, planned or hypothetical from the words around
 * it: negators and auxiliaries right before a verb ("did not", "will", "could"), a word before
 * "to" ("plans to", "is expected to", "tried to", "has yet to"), "if"/"unless" earlier in its
 * clause, a question mark, a denying speech verb over it ("denied that"), the verb it is
 * coordinated with ("would disband and lay down its arms"), and for nouns the
 * adjective before ("planned talks", "no talks") or the auxiliary after ("talks will ...").
 * Negation wins over possibility, possibility over plans. Working state of one sentence.
 */
final class ModalityFinder {
  private static final long STOP_SCAN = WordRole.COMMA.bit() | WordRole.HARD.bit()
      | WordRole.STOP.bit() | WordRole.QUOTE.bit();

  private final EventView v;
  private final SentenceLayout layout;
  private final Trigger[] triggerAt;
  private final RoleFinder roles;

  ModalityFinder(EventView v, SentenceLayout layout, Trigger[] triggerAt, RoleFinder roles) {
    this.v = v;
    this.layout = layout;
    this.triggerAt = triggerAt;
    this.roles = roles;
  }

  Modality of(Trigger t) {
    Trigger governor = purposeGovernor(t);
    if (governor != null) {
      return of(governor); // "will visit Yerevan to discuss the route": as planned as the visit
    }
    boolean[] f = new boolean[3]; // neg, hyp, plan
    if (t.verb()) {
      verbCues(t, f);
      Trigger first = f[0] || f[1] || f[2] ? null : coordinatedWith(t);
      if (first != null) {
        return of(first); // "would disband and lay down its arms": as planned as the first
      }
    } else {
      nounCues(t, f);
    }
    int lo = roles.lo(t);
    for (int j = lo; j < t.head; j++) {
      if (v.has(j, WordRole.IF) && layout.segmentStart(j) == layout.segmentStart(t.head)) {
        f[1] = true;
      }
    }
    if (layout.question) {
      f[1] = true;
    }
    SentenceLayout.Region r = layout.regionAt(t.head);
    if (r != null && r.negating()) {
      f[0] = true;
    }
    return f[0] ? Modality.NEGATED : f[1] ? Modality.HYPOTHETICAL
        : f[2] ? Modality.PLANNED : Modality.ASSERTED;
  }

  /**
   * For a verb right after "and", the act verb it is coordinated with ("will expel the envoy and
   * close the embassy"), within eight tokens of its clause; else null.
   */
  private Trigger coordinatedWith(Trigger t) {
    int lo = roles.lo(t);
    if (t.head - 1 < lo || !v.has(t.head - 1, WordRole.AND)) {
      return null;
    }
    for (int j = t.head - 2; j >= Math.max(lo, t.head - 9); j--) {
      Trigger o = triggerAt[j];
      if (o != null && o != t && o.verb()) {
        return o.speech() ? null : o;
      }
      if (v.any(j, STOP_SCAN)) {
        return null;
      }
    }
    return null;
  }

  /** For an uncontrolled "to V" (not "plans to", "tried to"), the verb before it; else null. */
  private Trigger purposeGovernor(Trigger t) {
    int lo = roles.lo(t);
    if (!t.verb() || t.controller != null || t.head - 1 < lo || !v.has(t.head - 1, WordRole.TO)
        || t.head - 2 >= lo && v.any(t.head - 2, WordRole.PLAN.bit() | WordRole.ATTEMPT.bit()
            | WordRole.FAIL.bit() | WordRole.BE.bit())) {
      return null;
    }
    for (int j = t.head - 2; j >= lo; j--) {
      Trigger o = triggerAt[j];
      if (o != null && o.verb() && !o.speech()) {
        return o;
      }
      if (v.any(j, STOP_SCAN)) {
        return null;
      }
    }
    return null;
  }

  private void verbCues(Trigger t, boolean[] f) {
    int lo = roles.lo(t);
    boolean reported = layout.regionAt(t.head) != null;
    f[2] |= (t.form & Form.FUTURE) != 0; // a perfective future: "посетит"
    if (t.head - 1 >= lo && t.form == Form.BASE) {
      // An infinitive with no marker right after the control verb: "планирует посетить".
      long before = v.roles[t.head - 1];
      f[0] |= (before & WordRole.FAIL.bit()) != 0;
      f[1] |= (before & WordRole.ATTEMPT.bit()) != 0;
      f[2] |= (before & WordRole.PLAN.bit()) != 0;
    }
    for (int j = t.head - 1; j >= Math.max(lo, t.head - 6); j--) {
      Trigger o = triggerAt[j];
      if (v.group(j) != null || o != null && o != t || v.any(j, STOP_SCAN)) {
        break;
      }
      long r = v.roles[j];
      boolean would = (r & WordRole.HYPO.bit()) != 0 && (r & WordRole.FUTURE.bit()) != 0;
      f[0] |= (r & WordRole.NEG.bit()) != 0;
      // "would" is a future in the past inside reported speech ("said Moscow would respond").
      f[1] |= (r & WordRole.HYPO.bit()) != 0 && !(would && reported);
      f[2] |= (r & WordRole.FUTURE.bit()) != 0;
      if ((r & WordRole.TO.bit()) != 0 && j - 1 >= lo) {
        long before = v.roles[j - 1];
        f[0] |= (before & WordRole.FAIL.bit()) != 0;
        f[1] |= (before & WordRole.ATTEMPT.bit()) != 0;
        f[2] |= (before & WordRole.PLAN.bit()) != 0;
      }
    }
  }

  private void nounCues(Trigger t, boolean[] f) {
    for (int j = t.head - 1; j >= Math.max(roles.lo(t), t.head - 4); j--) {
      Trigger o = triggerAt[j];
      if (v.group(j) != null || o != null && o.verb() || v.any(j, STOP_SCAN)) {
        break;
      }
      // "no talks", "possible talks", "upcoming talks"; "won't attend talks", "will attend talks"
      long r = v.roles[j];
      f[0] |= (r & (WordRole.NNEG.bit() | WordRole.NEG.bit())) != 0;
      f[1] |= (r & (WordRole.NHYPO.bit() | WordRole.HYPO.bit())) != 0;
      f[2] |= (r & (WordRole.NPLAN.bit() | WordRole.FUTURE.bit())) != 0;
    }
    int hi = roles.hi(t);
    for (int j = t.last + 1; j < Math.min(hi, t.last + 10); j++) {
      Trigger o = triggerAt[j];
      if (o != null && o.verb() || v.any(j, STOP_SCAN | WordRole.THAT.bit())
          || v.group(j) != null) {
        return; // "a call on Sunday that Turkey was ready to ...": another clause's modality
      }
      long r = v.roles[j];
      if ((r & WordRole.TO.bit()) != 0) {
        long before = v.roles[j - 1];
        f[1] |= (before & WordRole.ATTEMPT.bit()) != 0;
        f[2] |= (before & WordRole.PLAN.bit()) != 0;
        return;
      }
      long aux = WordRole.NEG.bit() | WordRole.HYPO.bit() | WordRole.FUTURE.bit();
      if ((r & aux) != 0) {
        f[0] |= (r & WordRole.NEG.bit()) != 0;
        f[1] |= (r & WordRole.HYPO.bit()) != 0;
        f[2] |= (r & WordRole.FUTURE.bit()) != 0;
        return;
      }
    }
  }
}
