package org.caspian.analysis.events;

import java.util.List;
import org.caspian.model.Modality;

/**
 * Acts coded beside the subject-verb-object ones of {@link SentenceCoder}: an agentless passive
 * ("several Russian citizens were detained"), kept with an unknown source, and the act inside an
 * accusation ("Baku accused Moscow of shelling Azerbaijani villages"), kept as claimed. Created
 * per article; not thread-safe.
 */
final class IndirectActs {
  /** Most tokens between the patient of an agentless passive and its verb ("were not"). */
  private static final int PATIENT_GAP = 4;
  private static final long CLAUSE_BREAK =
      WordRole.COMMA.bit() | WordRole.AND.bit() | WordRole.HARD.bit();

  private final ArticleView v;
  private final EventEmitter emitter;

  IndirectActs(ArticleView v, EventEmitter emitter) {
    this.v = v;
    this.emitter = emitter;
  }

  /** Codes that an agentless passive carries: acts, not statements or appeals ("was told"). */
  static boolean agentless(String code) {
    return !code.startsWith("01") && !code.startsWith("02");
  }

  /** The agentless passive {@code t} towards each patient standing right before it. */
  void agentless(Trigger t, Trigger act, String code, List<ActorGroup> targets, Modality m,
      Stamp stamp) {
    String trigger = VerbPhrase.text(v, t, act, targets);
    for (ActorGroup tgt : targets) {
      if (nextTo(tgt, t)) { // "X carried out an operation, and several people were detained": not X
        emitter.emitUnknownSource(t, code, tgt, m, stamp.attribution(), stamp.date(),
            stamp.flags(), trigger);
      }
    }
  }

  /** Whether the patient of an agentless passive stands right before its verb phrase. */
  private boolean nextTo(ActorGroup tgt, Trigger t) {
    if (tgt.last() >= t.head || t.head - tgt.last() > PATIENT_GAP) {
      return false;
    }
    for (int k = tgt.last() + 1; k < t.head; k++) {
      if (v.any(k, CLAUSE_BREAK)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Besides the accusation {@code t}, the act it alleges, from the accused to the act's own
   * target, as claimed by the accuser.
   */
  void claimed(Trigger t, Trigger act, ActorGroup accused, RoleFinder roles) {
    List<ActorGroup> victims = act.verb() ? roles.object(act, act.head + 1, Integer.MAX_VALUE)
        : roles.noun(act).targets();
    if (victims.isEmpty() || victims.get(0) == accused) {
      return;
    }
    String attribution = t.sources == null || t.sources.isEmpty() ? "" : t.sources.get(0).label();
    String trigger = VerbPhrase.text(v, act, act, victims);
    for (ActorGroup victim : victims) {
      emitter.emit(act, act.pattern.code(), accused, victim, Modality.CLAIMED, attribution, null,
          Confidence.REPORTED, trigger);
    }
  }
}
