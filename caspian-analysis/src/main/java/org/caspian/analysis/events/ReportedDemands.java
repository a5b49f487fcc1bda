package org.caspian.analysis.events;

/**
 * Demands made by reporting an obligation: "Russia said Sudan must return the helicopter", "the
 * minister reiterated that Libya should hand over the suspects". CONVENTIONS.md codes a statement
 * about another actor by its content, and an obligation laid on another actor is a demand (10x):
 * the speaker demands of the actor right before "must" or "should", with the code of the act
 * demanded when the lexicon knows it (family DEMAND in {@code embedded_codes.tsv}), else 100.
 * Created per sentence; not thread-safe.
 */
final class ReportedDemands {
  /** A demand found in a report: on whom, with which code, and the modal that carries it. */
  record Demand(ActorGroup target, String code, int modal) {}

  /** Words allowed between the obliged actor and the modal: "Baku now must". */
  private static final int MAX_GAP = 1;

  private final EventView v;
  private final CodingRules rules;
  private final Trigger[] triggerAt;
  private final RoleFinder roles;

  ReportedDemands(EventView v, CodingRules rules, Trigger[] triggerAt, RoleFinder roles) {
    this.v = v;
    this.rules = rules;
    this.triggerAt = triggerAt;
    this.roles = roles;
  }

  /** The demand the report in {@code r} makes, or null. */
  Demand in(SentenceLayout.Region r) {
    ActorGroup speaker = r.speaker();
    if (speaker == null || !speaker.actor() || speaker.media()) {
      return null;
    }
    for (int k = r.from(); k < r.to(); k++) {
      if (!v.has(k, WordRole.OBLIGE)) {
        continue;
      }
      ActorGroup obliged = obligedBefore(k, r.from());
      if (obliged == null || obliged == speaker) {
        continue;
      }
      return new Demand(obliged, codeAfter(k, r.to()), k);
    }
    return null;
  }

  /** The actor whose group ends right before modal {@code k}, at most {@link #MAX_GAP} words. */
  private ActorGroup obligedBefore(int k, int from) {
    for (int j = k - 1; j >= from && j >= k - 1 - MAX_GAP; j--) {
      ActorGroup g = v.group(j);
      if (g != null) {
        return g.actor() && roles.usable(g) && !g.media() && !roles.afterPlacePreposition(g) ? g : null;
      }
      if (v.any(j, WordRole.COMMA.bit() | WordRole.THAT.bit() | WordRole.PREP.bit())) {
        return null;
      }
    }
    return null;
  }

  /** The code of the first act after the modal, as demanded; 100 when there is none. */
  private String codeAfter(int k, int to) {
    for (int j = k + 1; j < to; j++) {
      Trigger t = triggerAt[j];
      if (t != null && t.verb() && !t.speech()) {
        String c = rules.embedded("DEMAND", t.pattern.code());
        return c != null ? c : "100";
      }
    }
    return "100";
  }
}
