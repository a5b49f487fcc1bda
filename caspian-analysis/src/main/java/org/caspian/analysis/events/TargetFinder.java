package org.caspian.analysis.events;

import java.util.List;
import org.caspian.model.CameoCode;
import org.caspian.model.CameoTaxonomy;

/**
 * Who an act is aimed at when word order alone does not say: the object of an active verb or of
 * the act it embeds ("threatened to expel X"), the doer of a reported act that a reaction is
 * aimed at ("condemned the killing of X by Y" targets Y), an earlier act of the sentence or of the
 * previous one ("Washington condemned the vote", "Baku denied the claim", "a step welcomed by
 * Yerevan", "moves that Baku denounced"), and the parties a host or mediator served ("a deal
 * brokered by China").
 * Working state of one sentence of a {@link SentenceCoder}; not thread-safe.
 */
final class TargetFinder {
  private final EventView v;
  private final CameoTaxonomy taxonomy;
  private final SentenceLayout layout;
  private final RoleFinder roles;
  private final Trigger[] triggerAt;
  /** First actor of the previous sentence, or null. */
  private final ActorGroup anaphorTarget;

  /** Tokens between a passive reaction and the noun it answers ("a step welcomed by X but"). */
  private static final int PATIENT_REACH = 10;

  TargetFinder(EventView v, CameoTaxonomy taxonomy, SentenceLayout layout, RoleFinder roles,
      Trigger[] triggerAt, ActorGroup anaphorTarget) {
    this.v = v;
    this.taxonomy = taxonomy;
    this.layout = layout;
    this.roles = roles;
    this.triggerAt = triggerAt;
    this.anaphorTarget = anaphorTarget;
  }

  /**
   * "denied the claim", "condemned the vote": a reaction whose object points back at an act is
   * aimed at that act's doer (see {@link #pointedAt}).
   */
  List<ActorGroup> anaphoric(int after, ActorGroup source) {
    int k = after;
    while (k < layout.e && k < after + 3 && v.has(k, WordRole.DET)) {
      k++;
    }
    if (k == after || k >= layout.e || !v.has(k, WordRole.ANAPHOR) || source == null) {
      return List.of();
    }
    return pointedAt(after, source);
  }

  /**
   * "a move the Kremlin dismissed as a mistake": a reaction whose subject follows a noun that
   * points back at an act is aimed at that act's doer, as with the object form.
   */
  List<ActorGroup> anaphoricBefore(ActorGroup source) {
    int k = source.first() - 1;
    while (k > layout.s && v.has(k, WordRole.DET)) {
      k--;
    }
    if (k > layout.s && (v.has(k, WordRole.THAT) || v.has(k, WordRole.REL))) {
      // "moves that Tbilisi denounced"; ", which Tbilisi welcomed": the clause before the comma
      if (v.has(k - 1, WordRole.COMMA) && v.has(k, WordRole.REL)) {
        return pointedAt(k - 1, source);
      }
      k--;
    }
    if (k < layout.s || !v.has(k, WordRole.ANAPHOR)) {
      return List.of();
    }
    return pointedAt(k, source);
  }

  /**
   * "a step welcomed by Yerevan but criticised by Moscow", "a decision that was condemned by
   * Kyiv": a passive reaction whose patient is a noun pointing back at an act is aimed at that
   * act's doer; {@code agent} is the reaction's doer. Empty when no such noun is before it.
   */
  List<ActorGroup> anaphoricPatient(Trigger t, ActorGroup agent) {
    for (int k = t.head - 1; k >= Math.max(layout.s, t.head - PATIENT_REACH); k--) {
      if (v.any(k, WordRole.STOP.bit() | WordRole.HARD.bit() | WordRole.COMMA.bit())) {
        return List.of();
      }
      if (v.has(k, WordRole.ANAPHOR) && v.group(k) == null) {
        return pointedAt(k, agent);
      }
      Trigger o = triggerAt[k];
      if (o != null && o.head == k && !reaction(o)) {
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * The doer of the act an anaphoric noun at {@code at} points back at: the actors of the nearest
   * act before it in the sentence ("the parliament passed the bill, and Washington condemned the
   * vote"), else the sentence's first actor before the reactor, else the first actor of the
   * previous sentence; never the reactor's own country.
   */
  List<ActorGroup> pointedAt(int at, ActorGroup source) {
    String own = source.main().country();
    Trigger act = nearestAct(at, null, own);
    if (act != null) {
      return act.sources;
    }
    ActorGroup first = v.firstActor(layout.s, at);
    if (first != null && roles.usable(first) && first.last() < source.first()
        && !first.main().country().equals(own)) {
      return List.of(first);
    }
    if (anaphorTarget == null || anaphorTarget.main().country().equals(own)) {
      return List.of();
    }
    return List.of(anaphorTarget);
  }

  /**
   * The parties of the act that a host or mediator served: the actors of the nearest act before
   * {@code t} in the sentence ("Russia and Ukraine swapped prisoners in an exchange mediated by
   * the UAE"), else the subject found from {@code t}.
   */
  List<ActorGroup> participants(Trigger t) {
    Trigger act = nearestAct(t.head, t, null);
    return act != null ? act.sources : roles.subject(t);
  }

  /**
   * The nearest trigger before token {@code before} in the sentence whose doers are known, other
   * than {@code self}; with {@code foreignTo}, only a non-speech act whose first doer is not of
   * that country. Null when none.
   */
  private Trigger nearestAct(int before, Trigger self, String foreignTo) {
    for (int k = before - 1; k >= layout.s; k--) {
      Trigger p = triggerAt[k];
      if (p != null && p != self && p.head == k && p.sources != null && !p.sources.isEmpty()
          && (foreignTo == null
              || !p.speech() && !p.sources.get(0).main().country().equals(foreignTo))) {
        return p;
      }
    }
    return null;
  }

  /**
   * A statement, praise, criticism or rejection (01x, 051, 11x, 12x): an act that answers another
   * one.
   */
  static boolean reaction(Trigger t) {
    String c = t.pattern.code();
    return c.startsWith("01") || c.startsWith("051") || c.startsWith("11")
        || c.startsWith("12");
  }

  /** Hosting or mediating (043, 045): acts whose patient is a meeting or deal, not an actor. */
  static boolean hostOrMediate(String code) {
    return code.startsWith("043") || code.startsWith("045");
  }

  /** Targets of active verb {@code t} whose subjects are {@code sources}. */
  List<ActorGroup> active(Trigger t, Trigger act, String code, List<ActorGroup> sources) {
    if (t.embedded == null && !sources.isEmpty()) {
      List<ActorGroup> back = reaction(t) && t.last > t.head && v.has(t.last, WordRole.ANAPHOR)
          ? pointedAt(t.last, sources.get(0)) // "rejected the charge": the pattern holds the noun
          : anaphoric(t.last + 1, sources.get(0));
      if (!back.isEmpty()) {
        return back; // "condemned the vote, with Washington warning ...": the vote's doer
      }
    }
    List<ActorGroup> targets = t.embedded != null ? roles.object(t, t.last + 1, t.marker)
        : roles.object(t, t.head + 1, Integer.MAX_VALUE);
    if (t.embedded != null && targets.isEmpty()) {
      targets = embeddedTargets(t, act);
    }
    targets = perpetrator(t, code, targets);
    if (targets.isEmpty() && t.embedded == null && sources.size() == 1) {
      targets = anaphoricBefore(sources.get(0));
    }
    return targets;
  }

  private List<ActorGroup> embeddedTargets(Trigger t, Trigger act) {
    if (!act.verb()) {
      NounRoleFinder.Roles nr = roles.noun(act);
      return nr.targets().isEmpty() ? nr.sources() : nr.targets(); // "agreed to US mediation"
    }
    if (v.has(t.marker, WordRole.THAT)) {
      List<ActorGroup> subj = roles.subject(act);
      if (!subj.isEmpty() && subj.get(0).first() > t.marker) {
        return subj;
      }
    }
    return roles.object(act, act.head + 1, Integer.MAX_VALUE);
  }

  /**
   * A verbal reaction to a reported act is aimed at whoever did the act: "condemned the killing of
   * Azerbaijanis by Russian police" targets the police.
   */
  private List<ActorGroup> perpetrator(Trigger t, String code, List<ActorGroup> targets) {
    CameoCode c = taxonomy.get(code).orElse(null);
    if (c == null || c.quad() == 2 || c.quad() == 4 || targets.isEmpty()) {
      return targets;
    }
    for (int k = t.last + 1; k < targets.get(0).first(); k++) {
      Trigger n = triggerAt[k];
      if (n != null && !n.verb()) {
        List<ActorGroup> doers = roles.noun(n).sources();
        return doers.isEmpty() ? targets : doers;
      }
    }
    return targets;
  }
}
