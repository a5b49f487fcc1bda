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

  private final EventView v;
  private final EventEmitter emitter;

  IndirectActs(EventView v, EventEmitter emitter) {
    this.v = v;
    this.emitter = emitter;
  }

  /** Codes that an agentless passive carries: acts, not statements or appeals ("was told"). */
  static boolean agentless(String code) {
    return !code.startsWith("01") && !code.startsWith("02");
  }

  /**
   * Whether an act with code {@code code} is force or coercion (17x-20x): a noun for it with a
   * patient and no doer ("the detention of X") is still coded, with an unknown source.
   */
  static boolean forceful(String code) {
    return code.startsWith("17") || code.startsWith("18") || code.startsWith("19")
        || code.startsWith("20");
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
    ActorGroup accuser = t.sources == null || t.sources.isEmpty() ? null : t.sources.get(0);
    if (victims.isEmpty() && accuser != null && violent(act.pattern.code())) {
      victims = List.of(accuser); // "Baku accused Moscow of shelling the village": aimed at Baku
    }
    if (victims.isEmpty() || victims.get(0) == accused) {
      return;
    }
    String attribution = accuser == null ? "" : accuser.label();
    String trigger = VerbPhrase.text(v, act, act, victims);
    for (ActorGroup victim : victims) {
      emitter.emit(act, act.pattern.code(), accused, victim, Modality.CLAIMED, attribution, null,
          Confidence.REPORTED, trigger);
    }
  }

  /**
   * "Armenia and Azerbaijan accused each other of opening fire": each party claims the other
   * did the act to it.
   */
  void claimedMutually(Trigger act, List<ActorGroup> parties) {
    if (!violent(act.pattern.code())) {
      return;
    }
    String trigger = VerbPhrase.text(v, act, act, List.of());
    for (ActorGroup accuser : parties) {
      for (ActorGroup accused : parties) {
        if (accuser != accused) {
          emitter.emit(act, act.pattern.code(), accused, accuser, Modality.CLAIMED,
              accuser.label(), null, Confidence.REPORTED, trigger);
        }
      }
    }
  }

  /** Assault, fighting and mass violence (18x-20x): aimed at the accuser when no one else. */
  private static boolean violent(String code) {
    return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
  }

  /**
   * Whether an act with code {@code code} by a compound subject and no object is done by the
   * parties to each other ("Russia and Ukraine swapped prisoners", "Iran and Armenia vowed to
   * expand trade"): intent to cooperate, consultation, signing an agreement, material
   * cooperation, exchanges of prisoners and ceasefires. Not praise or "remain close" (050-056):
   * with no object these describe a relation, not an act.
   */
  static boolean mutual(String code) {
    return code.startsWith("03") || code.startsWith("04") || code.startsWith("057")
        || code.startsWith("06") || code.startsWith("084") || code.startsWith("087");
  }

  /**
   * Whether an act with code {@code code} is coded when it has no target: protests (14x),
   * military posture and mobilisation (15x), martial law or a state of emergency (1724),
   * demobilisation and withdrawal (0873, 0874). CAMEO and PLOVER code these with an empty
   * target ("Armenia declared martial law"); other acts without a target are not coded.
   */
  static boolean unilateral(String code) {
    return code.startsWith("14") || code.startsWith("15") || code.equals("1724")
        || code.equals("0873") || code.equals("0874");
  }
}
