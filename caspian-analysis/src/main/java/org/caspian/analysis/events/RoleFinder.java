package org.caspian.analysis.events;

import java.util.List;

/**
 * Finds who acts and who is acted upon for a trigger, by word order (English is SVO).
 *
 * <ul>
 *   <li>Subject: the nearest actor before the verb in its clause, skipping subordinate segments,
 *       places ("in Moscow") and outlets that are not right before the verb. When an "and" lies
 *       between the verb and that actor, and the actor is the object of an earlier verb, the
 *       earlier verb's subject carries over ("X summoned Y and canceled Z").
 *   <li>Object: the first actor after the verb in its clause, not crossing the next verb; for
 *       mutual acts only a direct object or a "with"/"between" partner.
 *   <li>Passive ("were detained by"): the subject is the target, the "by" agent the source.
 *   <li>Nouns: "by" agent or possessor ("Russia's", "Russian") as source, a prepositional object
 *       as target, "between X and Y" for mutual acts.
 *   <li>Compounds: "X and Y" on either side yields all actors.
 * </ul>
 *
 * Working state of one sentence; not thread-safe.
 */
final class RoleFinder {
  private static final int SEP = WordRole.AND.bit() | WordRole.COMMA.bit();
  private static final int BREAK = WordRole.HARD.bit() | WordRole.STOP.bit();

  private final ArticleView v;
  private final SentenceLayout layout;
  private final Trigger[] triggerAt;
  private final Compounds compounds;
  private final NounRoleFinder nouns;

  RoleFinder(ArticleView v, SentenceLayout layout, Trigger[] triggerAt) {
    this.v = v;
    this.layout = layout;
    this.triggerAt = triggerAt;
    this.compounds = new Compounds(v, layout, triggerAt);
    this.nouns = new NounRoleFinder(v, this, compounds, triggerAt);
  }

  /** Roles of noun trigger {@code t}. */
  NounRoleFinder.Roles noun(Trigger t) {
    return nouns.roles(t);
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

  private boolean sameSegment(int token, Trigger t) {
    return layout.segmentStart(token) == layout.segmentStart(t.head);
  }

  boolean usable(ActorGroup g) {
    return g.actor() && g != layout.according;
  }

  /** Subject of verb {@code t}; sets {@link Trigger#inherited} when it carries over. */
  List<ActorGroup> subject(Trigger t) {
    int lo = lo(t);
    if (t.form == Form.ING && t.head - 1 >= lo && v.has(t.head - 1, WordRole.COMMA)) {
      // "..., killing several officers": the subject of the clause before the comma.
      for (int j = t.head - 2; j >= lo; j--) {
        Trigger o = triggerAt[j];
        if (o != null && o.verb() && !o.speech() && o.sources != null && !o.sources.isEmpty()) {
          t.inherited = true;
          return o.sources;
        }
      }
    }
    boolean sawAnd = false;
    for (int j = t.head - 1; j >= lo; j--) {
      if (!sameSegment(j, t)) {
        int seg = layout.segmentStart(j);
        if (seg < 0) {
          break; // t is in a segment, j is before it
        }
        j = seg;
        continue;
      }
      if (v.any(j, BREAK)) {
        break;
      }
      sawAnd |= v.has(j, WordRole.AND);
      ActorGroup g = v.group(j);
      if (g != null) {
        if (!usable(g) || oblique(g, t) || g.media() && !rightBefore(g, t)) {
          j = g.first();
          continue;
        }
        Trigger before = compounds.verbBefore(g, lo);
        if (sawAnd && before != null && before.sources != null && !before.sources.isEmpty()) {
          t.inherited = true;
          return before.sources;
        }
        return compounds.left(g, lo);
      }
      Trigger o = triggerAt[j];
      if (o != null && o != t && o.verb() && !o.speech() && sawAnd && o.sources != null
          && !o.sources.isEmpty()) {
        t.inherited = true;
        return o.sources;
      }
    }
    return List.of();
  }

  /** Object of verb {@code t} in tokens {@code [from, to)}. */
  List<ActorGroup> object(Trigger t, int from, int to) {
    int hi = Math.min(to, hi(t));
    for (int j = from; j < hi; j++) {
      if (!sameSegment(j, t) || v.any(j, BREAK)) {
        break;
      }
      Trigger o = triggerAt[j];
      if (o != null && o != t && o.verb() && o.standalone && o.controller != t) {
        break;
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

  /** Whether {@code t} is a passive ("were detained", "detained by"). */
  boolean passive(Trigger t) {
    if (!t.verb() || (t.form & Form.PP) == 0) {
      return false;
    }
    for (int j = t.head - 1; j >= Math.max(lo(t), t.head - 4); j--) {
      if (v.has(j, WordRole.BE)) {
        return true;
      }
      if (v.group(j) != null || triggerAt[j] != null
          || v.any(j, SEP | BREAK | WordRole.QUOTE.bit())) {
        break;
      }
    }
    // "citizens detained by police"; not "cancelled a visit by the minister".
    for (boolean gap : t.pattern.gapBefore()) {
      if (gap) {
        return false;
      }
    }
    return t.last + 1 < hi(t) && v.has(t.last + 1, WordRole.BY);
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

  /** Actor right after a place preposition: "in Moscow", "at the Azerbaijani embassy". */
  private boolean oblique(ActorGroup g, Trigger t) {
    int p = g.first() - 1;
    while (p >= layout.s && v.has(p, WordRole.DET)) {
      p--;
    }
    return p >= layout.s && v.has(p, WordRole.OBLIQUE) && !t.covers(p);
  }

  /** An outlet counts as a subject only when it stands right before the verb. */
  private boolean rightBefore(ActorGroup g, Trigger t) {
    if (t.speech()) {
      return false;
    }
    for (int j = g.last() + 1; j < t.head; j++) {
      if (v.any(j, SEP | BREAK) || v.group(j) != null) {
        return false;
      }
    }
    return t.head - g.last() <= 3;
  }

  /** For mutual acts: a direct object or a "with"/"between" partner. */
  private boolean partnerOf(ActorGroup g, Trigger t) {
    int p = g.first() - 1;
    while (p > t.last && v.has(p, WordRole.DET)) {
      p--;
    }
    return p <= t.last ? g.first() - t.last <= 3
        : v.any(p, WordRole.WITH.bit() | WordRole.BETWEEN.bit());
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
