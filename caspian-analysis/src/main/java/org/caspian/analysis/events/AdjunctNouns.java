package org.caspian.analysis.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A nominal act in an adjunct phrase of a clause, with no doer of its own, is done by the doers of
 * the clause's verb: "Putin and Erdogan agreed at talks in Sochi" (talks between them), "agreed to
 * a truce after a meeting with Macron" (they met Macron), "agreed to a ceasefire following a week
 * of border fighting" (they fought). The phrase opens with one of a few prepositions and holds
 * only plain words, determiners and "of" before the noun; the verb is the nearest coded verb
 * before it in the same clause. Working state of one sentence; not thread-safe.
 */
final class AdjunctNouns {
  /** Prepositions that attach a circumstance to a clause. */
  private static final Set<String> OPENERS = Set.of("at", "after", "during", "following", "in",
      "amid", "amidst", "with", "through", "before");
  /** Words between the preposition and the noun ("after six hours of talks"). */
  private static final int REACH = 7;
  /** Tokens between the verb and the preposition. */
  private static final int VERB_REACH = 14;
  private static final long BREAK = WordRole.HARD.bit() | WordRole.STOP.bit()
      | WordRole.COMMA.bit();

  private final EventView v;
  private final RoleFinder roles;
  private final Trigger[] triggerAt;

  AdjunctNouns(EventView v, RoleFinder roles, Trigger[] triggerAt) {
    this.v = v;
    this.roles = roles;
    this.triggerAt = triggerAt;
  }

  /** The doers of the verb whose adjunct phrase holds noun trigger {@code t}, or empty. */
  List<ActorGroup> doers(Trigger t) {
    // "after" and "following" open a segment of their own: the verb lies before the clause's start.
    int lo = roles.layoutStart();
    int p = opener(t, lo);
    if (p < 0) {
      return List.of();
    }
    for (int k = p - 1; k >= Math.max(lo, p - VERB_REACH); k--) {
      Trigger o = triggerAt[k];
      if (o != null && o.head == k && o.verb()) {
        // "lashed out at a meeting": a reaction's phrase names what it answers, not a circumstance
        return o.standalone && o.sources != null && !TargetFinder.reaction(o) ? o.sources
            : List.of();
      }
      if (v.any(k, BREAK)) {
        break;
      }
    }
    // "responded with sanctions on X", "hit back with strikes": the clause's subject, when the
    // verb is not an act of its own
    return "with".equalsIgnoreCase(v.word(p)) ? roles.subject(t) : List.of();
  }

  /** Token of the preposition that opens the phrase ending in {@code t}, or -1. */
  private int opener(Trigger t, int lo) {
    for (int j = t.head - 1; j >= Math.max(lo, t.head - REACH); j--) {
      if (v.group(j) != null || triggerAt[j] != null || v.any(j, BREAK)) {
        return -1;
      }
      if (OPENERS.contains(v.word(j).toLowerCase(Locale.ROOT))) {
        return j;
      }
      if (v.roles[j] != 0 && !v.has(j, WordRole.DET) && !v.has(j, WordRole.OF)) {
        return -1;
      }
    }
    return -1;
  }

}
