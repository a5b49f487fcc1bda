package org.caspian.analysis.events;

import java.util.ArrayList;
import java.util.List;
import org.caspian.analysis.morph.Features.GrammaticalCase;

/**
 * The subject of a Russian verb that has none in its own clause, for {@link CaseRoleFinder}.
 * Russian drops the subject of a verb that shares it with the clause before: coordinated verbs
 * ("провели обыски и задержали"), a clause after "где" or "а затем" ("отправился в Ереван, где
 * встретился с Пашиняном"), an adverbial participle ("ввёл санкции ..., обвинив его"), a verb
 * after a parenthetical insert ("Азербайджан, в свою очередь, обвиняет"). Walking back from the
 * verb to the start of its sentence, or to the "что" or "который" that opens its clause, the
 * nearest nominative phrase is that subject: an actor (and the actors coordinated with it) is the
 * source; a common noun that is not an actor ("Правозащитники из Amnesty International
 * потребовали") means the doer is not one the coder knows. A finite verb with no subject at all
 * has an unknown doer only in the plural ("задержали журналистов"): a singular one had a subject
 * the actor stage did not recognise ("Глава евродипломатии Кая Каллас пригрозила").
 */
final class ElidedSubjects {
  private static final int NOM = Government.bit(GrammaticalCase.NOMINATIVE);
  private static final int ACC = Government.bit(GrammaticalCase.ACCUSATIVE);
  private static final long STOP = WordRole.HARD.bit() | WordRole.STOP.bit()
      | WordRole.QUOTE.bit() | WordRole.QUESTION.bit() | WordRole.THAT.bit()
      | WordRole.REL.bit() | WordRole.IF.bit();

  /**
   * What the walk found.
   *
   * @param sources the carried subject with its coordinated actors; empty when none
   * @param subjectless whether the verb has a subject that is not an actor, or needs one and has
   *     none
   */
  record Found(List<ActorGroup> sources, boolean subjectless) {}

  private static final Found NONE = new Found(List.of(), false);

  private final EventView v;
  private final CaseReadings r;
  private final PhraseMarking marker;

  ElidedSubjects(EventView v, CaseReadings r, PhraseMarking marker) {
    this.v = v;
    this.r = r;
    this.marker = marker;
  }

  /** The elided subject of verb trigger {@code t} in the sentence starting at {@code s}. */
  Found find(Trigger t, int s, Trigger[] triggerAt) {
    int flags = r.verbFlags(t.head);
    boolean singular = (flags & (CaseReadings.FINITE_SINGULAR | CaseReadings.GERUND)) != 0
        && (flags & CaseReadings.FINITE_PLURAL) == 0;
    if ((flags & (CaseReadings.FINITE_SINGULAR | CaseReadings.FINITE_PLURAL
        | CaseReadings.GERUND)) == 0) {
      return NONE; // an infinitive or a participle: its doer is found elsewhere
    }
    for (int k = t.head - 1; k >= s && !v.any(k, STOP); k--) {
      ActorGroup g = v.group(k);
      if (g != null) {
        k = g.first();
        if (g.actor() && nominative(g, t, triggerAt, s)) {
          return new Found(coordinated(g, s), false);
        }
        if (!g.actor() && plainNominative(g.first(), s)) {
          return new Found(List.of(), true); // "Сотрудники МВД ... задержали": not resolved
        }
        continue;
      }
      if (t.covers(k) || v.roles[k] != 0) {
        continue;
      }
      if (plainNominative(k, s)) {
        return new Found(List.of(), true); // "Правозащитники ... потребовали"
      }
    }
    return new Found(List.of(), singular);
  }

  /** Whether the word at {@code k} can only be a bare nominative noun, not an object. */
  private boolean plainNominative(int k, int s) {
    int c = r.casesOf(k);
    return r.nominal(k) && c != CaseReadings.ANY && (c & NOM) != 0 && (c & ACC) == 0
        && r.verbFlags(k) == 0 && marker.preposition(k, s).isEmpty() && !genitiveOf(k);
  }

  /** Whether actor phrase {@code g} is a bare nominative that is not a verb's object. */
  private boolean nominative(ActorGroup g, Trigger t, Trigger[] triggerAt, int s) {
    PhraseMarking.Marking m = marker.of(g, t, triggerAt, s);
    if (!m.prep().isEmpty() || m.cases() != CaseReadings.ANY && (m.cases() & NOM) == 0) {
      return false;
    }
    boolean ambiguous = m.cases() == CaseReadings.ANY || (m.cases() & ACC) != 0;
    int p = g.first() - 1;
    return !ambiguous || p < s || r.verbFlags(p) == 0 && triggerAt[p] == null;
  }

  /** Whether the noun at {@code k} stands right after another noun it may be the genitive of. */
  private boolean genitiveOf(int k) {
    return k > 0 && v.group(k - 1) == null && v.roles[k - 1] == 0 && r.nominal(k - 1)
        && r.casesOf(k - 1) != CaseReadings.ANY;
  }

  /** {@code g} with the actors joined to it by "и" or a comma before it ("Лавров и Байрамов"). */
  private List<ActorGroup> coordinated(ActorGroup g, int s) {
    List<ActorGroup> out = new ArrayList<>();
    out.add(g);
    ActorGroup cur = g;
    while (cur.first() - 2 >= s && v.has(cur.first() - 1, WordRole.AND)) {
      ActorGroup prev = v.group(cur.first() - 2);
      if (prev == null || !prev.actor()) {
        break;
      }
      out.add(0, prev);
      cur = prev;
    }
    return out;
  }
}
