package org.caspian.analysis.events;

import org.caspian.analysis.lexicon.Form;
import java.util.List;

/**
 * Finds who acts and who is acted upon for a trigger, by word order (English is SVO).
 *
 * <ul>
 *   <li>Subject: see {@link SubjectFinder}.
 *   <li>Object: the first actor after the verb in its clause, not crossing the next verb nor a
 *       place preposition's object (but "at" premises for raids and searches); for mutual acts
 *       only a direct object or a "with"/"between" partner before any comma; "the Baku office of
 *       Sputnik" is Sputnik's. A direct object that is a name no dictionary knows ("attacked
 *       Mozhaisk") leaves the verb without a target.
 *   <li>Passive ("were detained by"): the subject is the target, the "by" agent the source; after
 *       a noun ("the parade hosted by Putin") the target must be that noun.
 *   <li>Nouns: see {@link NounRoleFinder}. Compounds ("X and Y"): see {@link Compounds}.
 * </ul>
 *
 * Working state of one sentence; not thread-safe.
 */
final class RoleFinder {
  private static final long SEP = WordRole.AND.bit() | WordRole.COMMA.bit();
  private static final long BREAK = WordRole.HARD.bit() | WordRole.STOP.bit();

  private final EventView v;
  private final SentenceLayout layout;
  private final Trigger[] triggerAt;
  private final Compounds compounds;
  private final NounRoleFinder nouns;
  private final SubjectFinder subjects;

  RoleFinder(EventView v, SentenceLayout layout, Trigger[] triggerAt) {
    this.v = v;
    this.layout = layout;
    this.triggerAt = triggerAt;
    this.compounds = new Compounds(v, layout, triggerAt);
    this.nouns = new NounRoleFinder(v, this, compounds, triggerAt);
    this.subjects = new SubjectFinder(v, layout, triggerAt, this, compounds);
  }

  /** Roles of noun trigger {@code t}. */
  NounRoleFinder.Roles noun(Trigger t) {
    return nouns.roles(t);
  }

  /** First token of the sentence. */
  int layoutStart() {
    return layout.s;
  }

  /** First token the trigger's clause may use. */
  int lo(Trigger t) {
    int lo = layout.s;
    SentenceLayout.Region r = layout.regionAt(t.head);
    if (r != null) {
      lo = r.from();
    }
    int seg = layout.segmentStart(t.head);
    return seg >= 0 ? Math.max(lo, seg) : lo;
  }

  /** Token after the last one the trigger's clause may use. */
  int hi(Trigger t) {
    int hi = layout.e;
    SentenceLayout.Region r = layout.regionAt(t.head);
    if (r != null) {
      hi = r.to();
    }
    int seg = layout.segmentStart(t.head);
    return seg >= 0 ? Math.min(hi, layout.segmentEnd(t.head)) : hi;
  }

  boolean sameSegment(int token, Trigger t) {
    return layout.segmentStart(token) == layout.segmentStart(t.head);
  }

  boolean usable(ActorGroup g) {
    return g.actor() && g != layout.according;
  }

  /** Subject of verb {@code t}; sets {@link Trigger#inherited} when it carries over. */
  List<ActorGroup> subject(Trigger t) {
    return subjects.subject(t);
  }

  /** Object of verb {@code t} in tokens {@code [from, to)}. */
  List<ActorGroup> object(Trigger t, int from, int to) {
    int hi = Math.min(to, hi(t));
    if (from == t.last + 1 && !t.pattern.symmetric() && unknownAt(from, hi)) {
      return List.of(); // "attacked Mozhaisk": a place or person the dictionaries do not know
    }
    for (int j = from; j < hi; j++) {
      if (!sameSegment(j, t) || v.any(j, BREAK)) {
        break;
      }
      Trigger o = triggerAt[j];
      if (o != null && o != t && o.verb() && o.standalone && o.controller != t
          || t.pattern.symmetric() && v.has(j, WordRole.COMMA)
          || v.has(j, WordRole.COMMA) && j + 1 < hi && v.has(j + 1, WordRole.AND)) {
        break; // ", and Baku said ...": another clause
      }
      ActorGroup g = v.group(j);
      if (g == null) {
        continue;
      }
      if (!usable(g) || oblique(g, t) || t.pattern.symmetric() && !partnerOf(g, t)
          || t.pattern.direct() && !directObject(g, t)) {
        j = g.last();
        continue;
      }
      ActorGroup owner = t.pattern.symmetric() ? null : ofOwner(g, hi);
      return compounds.right(owner != null ? owner : g, hi);
    }
    return List.of();
  }

  /** "the Baku office of Sputnik Azerbaijan": the actor after "of" owns the thing. */
  private ActorGroup ofOwner(ActorGroup g, int hi) {
    int k = g.last() + 1;
    int plain = 0;
    while (k < hi && plain < 2 && v.roles[k] == 0 && v.group(k) == null && triggerAt[k] == null
        && Character.isLowerCase(v.text.charAt(v.tokens.start(k)))) {
      k++;
      plain++;
    }
    if (plain == 0 || k >= hi || !v.has(k, WordRole.OF)) {
      return null;
    }
    k++;
    while (k < hi && v.has(k, WordRole.DET)) {
      k++;
    }
    ActorGroup owner = k < hi ? v.group(k) : null;
    return owner != null && usable(owner) ? owner : null;
  }

  /**
   * Whether the noun phrase at {@code k} (after determiners) is a name that is no usable actor: a
   * capitalised word no dictionary knows, or an unresolved actor mention.
   */
  boolean unknownAt(int k, int hi) {
    while (k < hi && v.has(k, WordRole.DET)) {
      k++;
    }
    if (k >= hi || !unknownName(k)) {
      return false;
    }
    while (k < hi && unknownName(k)) {
      k++;
    }
    // "the Baku office of Sputnik": the name only qualifies the thing an owner has.
    for (int plain = 0; k < hi && plain < 2 && v.roles[k] == 0 && v.group(k) == null
        && Character.isLowerCase(v.text.charAt(v.tokens.start(k))); plain++) {
      k++;
    }
    return k >= hi || !v.has(k, WordRole.OF);
  }

  /** Whether token {@code k} is a capitalised unknown word or lies in an unresolved mention. */
  boolean unknownName(int k) {
    ActorGroup g = v.group(k);
    if (g != null) {
      return !g.actor();
    }
    return v.roles[k] == 0 && triggerAt[k] == null
        && Character.isUpperCase(v.text.charAt(v.tokens.start(k)));
  }

  /** Not a passive. */
  static final int ACTIVE = 0;
  /** A passive with "be": "were detained by". */
  static final int PASSIVE = 1;
  /** A participle after its noun: "the parade hosted by Putin". */
  static final int REDUCED = 2;

  /** Whether {@code t} is a passive, and which kind. */
  int passive(Trigger t) {
    if (!t.verb() || (t.form & Form.PP) == 0) {
      return ACTIVE;
    }
    for (int j = t.head - 1; j >= Math.max(lo(t), t.head - 4); j--) {
      if (v.has(j, WordRole.BE)) {
        return PASSIVE;
      }
      if (v.group(j) != null || triggerAt[j] != null
          || v.any(j, SEP | BREAK | WordRole.QUOTE.bit())) {
        break;
      }
    }
    // "citizens detained by police"; not "cancelled a visit by the minister".
    for (boolean gap : t.pattern.gapBefore()) {
      if (gap) {
        return ACTIVE;
      }
    }
    return t.last + 1 < hi(t) && v.has(t.last + 1, WordRole.BY) ? REDUCED : ACTIVE;
  }

  /** The patient of a reduced passive: the actor right before the participle, if any. */
  List<ActorGroup> reducedPatient(Trigger t) {
    ActorGroup g = t.head - 1 >= lo(t) ? v.group(t.head - 1) : null;
    return g != null && usable(g) ? List.of(g) : List.of();
  }

  /** Whether "each other" / "one another" follows the verb. */
  boolean reciprocal(Trigger t) {
    int hi = hi(t);
    for (int k = t.last + 1; k + 1 < Math.min(hi, t.last + 5); k++) {
      if (v.has(k, WordRole.RECIP) && v.has(k + 1, WordRole.RECIP)) {
        return true;
      }
    }
    return false;
  }

  /** The "by" agent after {@code t}. */
  List<ActorGroup> agent(Trigger t) {
    int hi = hi(t);
    for (int k = t.last + 1; k < Math.min(hi, t.last + 5); k++) {
      if (v.has(k, WordRole.BY)) {
        ActorGroup g = groupAfter(k, hi, 3);
        return g == null ? List.of() : compounds.right(g, hi);
      }
    }
    return List.of();
  }

  /** Whether {@code g} follows a place preposition ("in Moscow"). */
  boolean afterPlacePreposition(ActorGroup g) {
    int p = g.first() - 1;
    while (p >= layout.s && v.has(p, WordRole.DET)) {
      p--;
    }
    return p >= layout.s && v.has(p, WordRole.OBLIQUE);
  }

  /**
   * Actor right after a place preposition, past determiners and up to two adjectives: "in Moscow",
   * "at the Azerbaijani embassy", "in eastern Ukraine".
   */
  boolean oblique(ActorGroup g, Trigger t) {
    int p = g.first() - 1;
    while (p >= layout.s && v.has(p, WordRole.DET)) {
      p--;
    }
    for (int q = 0; q < 2 && p > layout.s && v.plainLowerCase(p, triggerAt); q++) {
      p--; // "in eastern Ukraine", "in the war-torn north of"
    }
    return p >= layout.s && v.has(p, WordRole.OBLIQUE) && !t.covers(p)
        && !(t.pattern.site() && v.has(p, WordRole.SITE));
  }

  /**
   * For mutual acts: a direct object or a "with"/"between" partner close to the verb, with no "of"
   * phrase between (there "with" belongs to the noun).
   */
  private boolean partnerOf(ActorGroup g, Trigger t) {
    int p = g.first() - 1;
    while (p > t.last && v.has(p, WordRole.DET)) {
      p--;
    }
    if (p <= t.last) {
      return g.first() - t.last <= 3;
    }
    if (!v.any(p, WordRole.WITH.bit() | WordRole.BETWEEN.bit()) || p - t.last > 7) {
      return false;
    }
    for (int k = t.last + 1; k < p; k++) {
      if (v.has(k, WordRole.OF)) {
        return false; // "signed a waiver of restrictions on cooperation with X": the noun's
      }
    }
    return true;
  }

  /** Whether {@code g} follows the verb with at most determiners and two words between. */
  private boolean directObject(ActorGroup g, Trigger t) {
    for (int k = t.last + 1; k < g.first(); k++) {
      if (v.roles[k] != 0 && !v.has(k, WordRole.DET)) {
        return false;
      }
    }
    return g.first() - t.last <= 3;
  }

  /** The first actor within {@code within} tokens after token {@code k}, or null. */
  ActorGroup groupAfter(int k, int hi, int within) {
    for (int j = k + 1; j < Math.min(hi, k + 1 + within); j++) {
      ActorGroup g = v.group(j);
      if (g != null) {
        return usable(g) ? g : null;
      }
      if (v.any(j, SEP | BREAK)) {
        return null;
      }
    }
    return null;
  }
}
