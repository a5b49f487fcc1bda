package org.caspian.analysis.events;

import java.util.List;

/**
 * Who acts and who is acted upon for a noun trigger: "the arrest of X by Y" (agent after "by"),
 * "Russia's arrest of X" and "Russian strikes on X" (possessor or adjective right before), "the
 * deaths of X during raids by Y" (with a "by" agent and no object after the noun, the "of" actor
 * just before it is the target), "talks
 * between X and Y", "Armenian-Azerbaijani talks" (hyphenated partners), "talks with Y" under the
 * clause subject. Working state of one sentence; not thread-safe.
 */
final class NounRoleFinder {
  /**
   * Sources and targets of a noun trigger; {@code oneWay}: a mutual noun whose partners came from
   * the verb it belongs to, coded from source to target only.
   */
  record Roles(List<ActorGroup> sources, List<ActorGroup> targets, boolean oneWay) {
    Roles(List<ActorGroup> sources, List<ActorGroup> targets) {
      this(sources, targets, false);
    }
  }

  private static final long BREAK = WordRole.HARD.bit() | WordRole.STOP.bit();

  private final EventView v;
  private final RoleFinder roles;
  private final Compounds compounds;
  private final Trigger[] triggerAt;
  private final AdjunctNouns adjuncts;

  NounRoleFinder(EventView v, RoleFinder roles, Compounds compounds, Trigger[] triggerAt) {
    this.v = v;
    this.roles = roles;
    this.compounds = compounds;
    this.triggerAt = triggerAt;
    this.adjuncts = new AdjunctNouns(v, roles, triggerAt);
  }

  /** Roles of noun trigger {@code t}. */
  Roles roles(Trigger t) {
    int hi = roles.hi(t);
    Roles between = between(t, hi);
    if (between != null) {
      return between;
    }
    int by = agentBy(t, hi);
    List<ActorGroup> sources = List.of();
    if (by >= 0) {
      ActorGroup g = roles.groupAfter(by, hi, 3);
      sources = g == null ? List.of() : compounds.right(g, hi);
    }
    ActorGroup possessor = sources.isEmpty() ? possessor(t) : null;
    if (possessor != null) {
      if (possessor.partner() >= 0 && t.pattern.symmetric()) {
        return new Roles(List.of(possessor), List.of(v.groups.get(possessor.partner())));
      }
      sources = List.of(possessor);
    }
    List<ActorGroup> targets = prepObject(t, by >= 0 ? by : hi);
    if (targets.isEmpty() && by >= 0 && !sources.isEmpty()) {
      targets = victimBefore(t); // "the deaths of two Azerbaijanis during raids by police"
    }
    if (sources.isEmpty()) {
      Roles adjunct = adjunct(t, targets);
      if (adjunct != null) {
        return adjunct;
      }
    }
    if (sources.isEmpty() && t.pattern.symmetric() && !targets.isEmpty()) {
      sources = roles.subject(t);
    }
    if (sources.isEmpty() && targets.isEmpty() && t.pattern.symmetric()) {
      return clauseRoles(t);
    }
    return new Roles(sources, targets);
  }

  /**
   * A noun with no doer of its own in an adjunct phrase of its clause ({@link AdjunctNouns}): the
   * verb's doers act on the noun's own target ("after a meeting with Macron", one way), or on each
   * other under a mutual noun ("agreed at talks in Sochi"); null when neither applies.
   */
  private Roles adjunct(Trigger t, List<ActorGroup> targets) {
    List<ActorGroup> doers = adjuncts.doers(t);
    if (doers.isEmpty()) {
      return null;
    }
    if (!targets.isEmpty()) {
      List<ActorGroup> others = doers.stream().filter(d -> !targets.contains(d)).toList();
      return others.isEmpty() ? null : new Roles(others, targets, true);
    }
    return t.pattern.symmetric() && doers.size() >= 2 ? new Roles(doers, List.of()) : null;
  }

  /**
   * A mutual noun with no partner of its own takes them from its clause: "X and Y began talks"
   * (the compound subject, both ways, for consultations only); "X apologised to Y in a phone call"
   * (the subject and the object of the verb the noun's "in"/"during"/"at" phrase belongs to, one
   * way).
   */
  private Roles clauseRoles(Trigger t) {
    Trigger verb = governingVerb(t);
    // A speech verb is never coded itself, so its subject is found here: "told Putin in a call".
    List<ActorGroup> doers = verb == null ? null
        : verb.sources != null ? verb.sources : verb.speech() ? roles.subject(verb) : null;
    if (doers != null && !doers.isEmpty()) {
      List<ActorGroup> object = roles.object(verb, verb.last + 1, t.head);
      if (!object.isEmpty()) {
        return new Roles(doers, object, true);
      }
    }
    if (!t.pattern.code().startsWith("04")) {
      return new Roles(List.of(), List.of()); // "X and Y are allies": a relation, not an act
    }
    List<ActorGroup> subject = roles.subject(t);
    return subject.size() >= 2 ? new Roles(subject, List.of())
        : new Roles(List.of(), List.of());
  }

  /**
   * The verb trigger whose prepositional phrase ("in a phone call", "during talks") holds noun
   * {@code t}, within ten tokens before it and its clause, or null.
   */
  private Trigger governingVerb(Trigger t) {
    int j = t.head - 1;
    while (j > t.head - 4 && j >= 0 && (v.has(j, WordRole.DET) || v.roles[j] == 0
        && v.group(j) == null && triggerAt[j] == null)) {
      j--; // "in a telephone call", "during their talks"
    }
    if (j < 0 || !v.has(j, WordRole.OBLIQUE)) {
      return null;
    }
    // The clause may start after a speech verb ("told Putin in a call that ..."): that verb counts.
    int clause = roles.lo(t);
    int lo = Math.max(roles.layoutStart(), t.head - 10);
    for (int k = j - 1; k >= lo; k--) {
      Trigger o = triggerAt[k];
      if (o != null && o.verb() && o.standalone && (k >= clause || o.speech())) {
        return o;
      }
      if (k < clause) {
        continue;
      }
      if (v.any(k, BREAK | WordRole.COMMA.bit())) {
        return null;
      }
    }
    return null;
  }

  /** "talks between Baku and Yerevan": the first actor and the rest, or null. */
  private Roles between(Trigger t, int hi) {
    for (int k = t.last + 1; k < Math.min(hi, t.last + 3); k++) {
      if (v.has(k, WordRole.BETWEEN)) {
        ActorGroup g = roles.groupAfter(k, hi, 3);
        List<ActorGroup> all = g == null ? List.of() : compounds.right(g, hi);
        if (all.size() >= 2) {
          return new Roles(all.subList(0, 1), all.subList(1, all.size()));
        }
      }
    }
    return null;
  }

  /** The "by" that introduces the noun's agent ("raids by police") before any verb, or -1. */
  private int agentBy(Trigger t, int hi) {
    for (int k = t.last + 1; k < Math.min(hi, t.last + 10); k++) {
      Trigger o = triggerAt[k];
      if (o != null && o.verb() || v.any(k, BREAK)) {
        break;
      }
      if (v.has(k, WordRole.BY)) {
        return k;
      }
    }
    return -1;
  }

  private List<ActorGroup> prepObject(Trigger t, int limit) {
    for (int k = t.last + 1; k < Math.min(limit, t.last + 7); k++) {
      Trigger o = triggerAt[k];
      if (o != null && o.verb() || v.any(k, BREAK | WordRole.COMMA.bit())) {
        break;
      }
      ActorGroup g = v.group(k);
      if (g == null) {
        continue;
      }
      int p = skipDet(g.first() - 1, t.last);
      if (roles.usable(g) && p > t.last && v.has(p, WordRole.PREP) && !v.has(p, WordRole.OBLIQUE)
          && !v.has(p, WordRole.BY)) {
        return compounds.right(g, limit);
      }
      k = g.last();
    }
    return List.of();
  }

  /**
   * With a "by" agent and no object after the noun: the "of" actor of the noun phrase the trigger
   * qualifies ("the detention of X in raids by Y"), within a few tokens and the same clause.
   */
  private List<ActorGroup> victimBefore(Trigger t) {
    int lo = Math.max(roles.lo(t), t.head - 8);
    for (int j = t.head - 1; j >= lo; j--) {
      if (v.any(j, BREAK | WordRole.COMMA.bit()) || triggerAt[j] != null && triggerAt[j].verb()) {
        return List.of();
      }
      ActorGroup g = v.group(j);
      if (g == null) {
        continue;
      }
      int p = g.first() - 1;
      while (p > lo && v.any(p, WordRole.DET.bit())) {
        p--;
      }
      for (int q = 0; q < 2 && p > lo && v.roles[p] == 0 && v.group(p) == null
          && quantifier(p); q++) {
        p--;
      }
      return roles.usable(g) && p >= lo && v.has(p, WordRole.OF) ? List.of(g) : List.of();
    }
    return List.of();
  }

  /** A number or a lower-case word before the noun: "two", "several". */
  private boolean quantifier(int token) {
    char c = v.text.charAt(v.tokens.start(token));
    return Character.isDigit(c) || Character.isLowerCase(c);
  }

  private ActorGroup possessor(Trigger t) {
    int j = t.head - 1;
    int lo = roles.lo(t);
    for (int skipped = 0; j >= lo && skipped <= 2; skipped++) {
      ActorGroup g = v.group(j);
      if (g != null) {
        return roles.usable(g) && (!g.media() || skipped == 0) ? g : null;
      }
      if (v.roles[j] != 0 || triggerAt[j] != null) {
        return null;
      }
      j--;
    }
    return null;
  }

  private int skipDet(int j, int floor) {
    while (j > floor && v.has(j, WordRole.DET)) {
      j--;
    }
    return j;
  }
}
