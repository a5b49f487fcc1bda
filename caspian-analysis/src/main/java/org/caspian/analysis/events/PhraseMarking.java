package org.caspian.analysis.events;

import java.util.Locale;

/**
 * How an actor phrase is marked for {@link CaseRoleFinder}: the preposition before it and the
 * cases of its head word; for a phrase that is the genitive of a common noun ("двух журналистов
 * Sputnik", "сотрудников агентства Sputnik"), those of the first noun of that chain of genitives;
 * for a language with the case on a phrase's last word (Azerbaijani, Armenian), the case of that
 * word and the postposition after it. Created per article; not thread-safe.
 */
final class PhraseMarking {
  private static final int GEN = Government.bit(
      org.caspian.analysis.morph.Features.GrammaticalCase.GENITIVE)
      | Government.bit(org.caspian.analysis.morph.Features.GrammaticalCase.PARTITIVE);
  /** Most common nouns in a chain of genitives before an actor ("сотрудников агентства X"). */
  private static final int CHAIN = 3;

  /** A phrase's preposition ("" for none) and cases ({@link CaseReadings#ANY} for any). */
  record Marking(String prep, int cases) {}

  private final EventView v;
  private final CaseReadings r;

  PhraseMarking(EventView v, CaseReadings r) {
    this.v = v;
    this.r = r;
  }

  /**
   * Preposition and cases of actor phrase {@code g} in the sentence starting at {@code s}, for
   * trigger {@code t}.
   */
  Marking of(ActorGroup g, Trigger t, Trigger[] triggerAt, int s) {
    if (r.morphology().caseOnLastWord()) {
      return lastWord(g, t, triggerAt);
    }
    int c = r.casesOf(g.first()); // a name the dictionary lacks ("Sputnik Азербайджан"): any case
    int head = g.first();
    int p = head - 1;
    if (p - 2 >= s && v.has(p, WordRole.TITLE) && v.has(p - 1, WordRole.PREP)) {
      p -= 2; // "поверенного в делах России": the state depends on the title noun
    }
    for (int n = 0; n < CHAIN && p >= s && (c == CaseReadings.ANY || (c & GEN) != 0); n++) {
      if (!governs(p, t, triggerAt)) {
        p = overPlace(p, s, t, triggerAt); // "задержанием в Баку сотрудников": over "в Баку"
      }
      if (p < s || !governs(p, t, triggerAt)) {
        break;
      }
      c = r.casesOf(p); // "двух журналистов Sputnik": the phrase is the noun's
      head = p;
      p--;
    }
    return new Marking(preposition(head, s), c);
  }

  /**
   * The word before a place phrase ending at {@code p} ("в Баку") when a common noun stands
   * right before that phrase's preposition; else {@code p}.
   */
  private int overPlace(int p, int s, Trigger t, Trigger[] triggerAt) {
    ActorGroup g = v.group(p);
    if (g != null && g.last() != p) {
      return p;
    }
    int q = (g == null ? p : g.first()) - 1;
    return q - 1 >= s && v.has(q, WordRole.OBLIQUE) && governs(q - 1, t, triggerAt) ? q - 1 : p;
  }

  /** Whether the word at {@code p} is a common noun an actor phrase after it may depend on. */
  private boolean governs(int p, Trigger t, Trigger[] triggerAt) {
    // another trigger's verbal noun governs its own genitive ("с задержанием журналистов")
    return v.group(p) == null && !t.covers(p) && (triggerAt[p] == null || !triggerAt[p].verb())
        && !v.has(p, WordRole.PREP) && r.casesOf(p) != CaseReadings.ANY && r.nominal(p);
  }

  /**
   * Postposition and cases of {@code g} where a phrase's case is on its last word (Azerbaijani,
   * Armenian): of that word and the postposition after it ("Lavrov ilə"), or of the noun after it
   * when the phrase may be its genitive ("Ermənistanın mövqeyini").
   */
  private Marking lastWord(ActorGroup g, Trigger t, Trigger[] triggerAt) {
    int k = g.last();
    int c = r.casesOf(k);
    int n = k + 1;
    if (n < r.size() && (c == CaseReadings.ANY || (c & GEN) != 0) && v.group(n) == null
        && !t.covers(n) && triggerAt[n] == null && v.roles[n] == 0
        && r.casesOf(n) != CaseReadings.ANY && r.nominal(n)) {
      k = n;
      c = r.casesOf(n);
    }
    boolean post = k + 1 < r.size() && v.has(k + 1, WordRole.POSTP);
    return new Marking(post ? v.text(k + 1, k + 1).toLowerCase(Locale.ROOT) : "", c);
  }

  /** The preposition before {@code head}, over at most two agreeing words ("с азербайджанским"). */
  String preposition(int head, int s) {
    for (int k = head - 1; k >= Math.max(s, head - 3); k--) {
      if (v.has(k, WordRole.PREP)) {
        return v.text(k, k).toLowerCase(Locale.ROOT);
      }
      if (v.group(k) != null || v.roles[k] != 0 || r.casesOf(k) == CaseReadings.ANY
          || r.nominal(k)) {
        return "";
      }
    }
    return "";
  }
}
