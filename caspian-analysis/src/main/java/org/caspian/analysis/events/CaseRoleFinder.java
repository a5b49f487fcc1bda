package org.caspian.analysis.events;

import java.util.ArrayList;
import java.util.List;
import org.caspian.analysis.morph.Features.GrammaticalCase;
import org.caspian.analysis.morph.Morphology;

/**
 * Source and target of a trigger by case and preposition, for a language with free word order
 * (Russian) or with case endings on a phrase's last word and postpositions (Azerbaijani,
 * Armenian: {@link Morphology#caseOnLastWord()}): the role layer that replaces word order ({@code RoleFinder}, {@code TargetFinder},
 * {@code NounRoleFinder}) where the pattern lexicon gives a {@link Government}.
 *
 * <p>Each actor phrase gets the cases of its head word from the {@link Morphology} and the
 * preposition before it. An actor right after a common noun that can be genitive is that noun's
 * dependent ("двух журналистов Sputnik"): it takes the noun's case and preposition. A verb's
 * source is a nominative phrase without preposition in its clause, the nearest one before the
 * verb first, an unambiguous nominative before one that might also be the object ("Азербайджан
 * обвинил Россию"), none when a personal pronoun or a first- or second-person verb makes the
 * speaker the subject ("мы осуждаем"), else a phrase matching the pattern's source slots ("вызвали в МИД
 * Азербайджана"); with neither, the source is unknown ("задержали двух журналистов"). The target
 * matches the pattern's target slots, so "в Москве" (locative) never stands for "в Москву"
 * (accusative) and a place is never a target. A noun's source is a phrase in its source slots
 * (the genitive "визит Путина") or the nominative subject of its clause ("Лавров нанёс визит").
 * Phrases joined by a coordinator come along ("Лавров и Байрамов").
 *
 * <p>Created per article; caches readings per token; not thread-safe.
 */
final class CaseRoleFinder {
  /** Cases of a word the dictionary does not know: any. */
  static final int ANY = CaseReadings.ANY;
  private static final int NOM = Government.bit(GrammaticalCase.NOMINATIVE);
  private static final long CLAUSE_END = WordRole.HARD.bit() | WordRole.STOP.bit()
      | WordRole.QUOTE.bit() | WordRole.COMMA.bit() | WordRole.QUESTION.bit();
  private static final long JOIN = WordRole.AND.bit() | WordRole.COMMA.bit();
  private static final String VISIT = "042";

  private final EventView v;
  private final Morphology morphology;
  private final CaseReadings readings;
  private final PhraseMarking marker;
  private final ElidedSubjects elided;

  /**
   * Roles of one trigger; either list may be empty.
   *
   * @param pronoun whether a personal pronoun stands before the trigger in its clause ("мы
   *     осуждаем"): in reported speech, the speaker is the source
   * @param subjectless whether the trigger is a verb whose subject is a phrase that is not an
   *     actor ("Правозащитники потребовали", "Глава евродипломатии пригрозила"), or a singular
   *     verb with no subject found: its doer is not unknown but unrecognised, so no targets are
   *     given and no event is coded
   */
  record Roles(List<ActorGroup> sources, List<ActorGroup> targets, boolean pronoun,
      boolean subjectless) {
    Roles(List<ActorGroup> sources, List<ActorGroup> targets, boolean pronoun) {
      this(sources, targets, pronoun, false);
    }
  }

  CaseRoleFinder(EventView v, Morphology morphology) {
    this.v = v;
    this.morphology = morphology;
    this.readings = new CaseReadings(v, morphology);
    this.marker = new PhraseMarking(v, readings);
    this.elided = new ElidedSubjects(v, readings, marker);
  }

  /** Roles of {@code t} among tokens {@code [s, e)} of its sentence. */
  Roles find(Trigger t, int s, int e, Trigger[] triggerAt) {
    int lo = t.head;
    while (lo - 1 >= s && !v.any(lo - 1, CLAUSE_END) && !otherVerb(triggerAt, lo - 1, t, readings)) {
      lo--;
    }
    int hi = t.last + 1;
    while (hi < e && !v.any(hi, CLAUSE_END) && !otherVerb(triggerAt, hi, t, readings)) {
      hi++;
    }
    List<ActorGroup> groups = new ArrayList<>();
    List<PhraseMarking.Marking> marks = new ArrayList<>();
    for (int k = lo; k < hi; k++) {
      ActorGroup g = v.group(k);
      if (g != null && g.first() == k) {
        if (g.actor()) {
          groups.add(g);
          marks.add(marker.of(g, t, triggerAt, s));
        }
        k = g.last();
      }
    }
    for (int i = 1; i < groups.size(); i++) {
      PhraseMarking.Marking a = marks.get(i - 1);
      PhraseMarking.Marking b = marks.get(i);
      if (b.prep().isEmpty() && !a.prep().isEmpty() && joined(groups.get(i - 1), groups.get(i))) {
        // "при посредничестве президента Франции и главы Евросовета": one preposition for both
        marks.set(i, new PhraseMarking.Marking(a.prep(), narrowed(a.cases(), b.cases())));
      }
    }
    Government gov = t.pattern.government();
    int pronoun = -1;
    for (int k = t.head - 1; k >= lo && pronoun < 0; k--) {
      pronoun = v.has(k, WordRole.PRON) ? k : -1;
    }
    boolean speakerVerb = t.verb() && readings.speakerOnly(t.head);
    // A target in the nominative makes a passive ("səfiri XİN-ə çağırılıb"): no subject source.
    boolean passive = fits(gov.targets(), new PhraseMarking.Marking("", NOM));
    int source = -1;
    boolean prepositional = !morphology.caseOnLastWord();
    if (!t.verb() && prepositional) { // "задержание журналистов властями": the noun's own agent
      source = best(t, groups, marks, gov.sources(), -1, false);
      // a genitive agent follows its noun ("визит Путина"); one before it is another noun's
      source = source >= 0 && groups.get(source).first() < t.head ? -1 : source;
    }
    if (source < 0 && !speakerVerb && !passive) {
      source = subject(t, groups, marks, gov, pronoun);
    }
    if (source < 0 || prepositional && t.verb() && groups.get(source).first() > t.head
        && (marks.get(source).cases() == ANY || fits(gov.targets(), marks.get(source)))) {
      int slot = best(t, groups, marks, gov.sources(), -1, false);
      boolean before = slot >= 0 && !t.verb() && prepositional
          && groups.get(slot).first() < t.head; // not the noun's: "помочь Армении в подписании"
      source = slot >= 0 && !before ? slot : source; // "вызвали в МИД России": slot, not guess
    }
    int target = best(t, groups, marks, gov.targets(), source, true);
    List<ActorGroup> targets = withCoordinated(groups, target, source);
    if (target < 0 && t.verb() && t.pattern.code().equals(VISIT)
        && !morphology.caseOnLastWord()) {
      // "прибыл в Баку": the host of the visit; a noun ("визит ... в Азербайджан") mostly tells
      // again of a visit told before, and is left to name its host
      targets = VisitHosts.russian().host(v, t, hi, s, e, readings, marker);
    }
    if (source < 0 && t.verb() && pronoun < 0 && !speakerVerb && !passive
        && !morphology.caseOnLastWord()) {
      ElidedSubjects.Found f = elided.find(t, s, triggerAt);
      if (f.subjectless()) { // "Правозащитники потребовали": a doer, but not an actor
        return new Roles(List.of(), List.of(), false, true);
      }
      if (!f.sources().isEmpty()) {
        return new Roles(f.sources(), targets, false, false);
      }
    }
    return new Roles(withCoordinated(groups, source, target), targets,
        pronoun >= 0 || speakerVerb);
  }

  /**
   * Whether reported speech may be coded by word order ({@code StatementCoder}): not in Russian,
   * where the speaker mostly follows the verb ("заявил Никол Пашинян", "— заявил он") and would
   * be read as its addressee; a verb-final language with postpositions keeps it.
   */
  boolean wordOrderStatements() {
    return morphology.caseOnLastWord();
  }

  /**
   * Whether another verb trigger stands at {@code k}; a participle that only qualifies a noun
   * ("освободит задержанных россиян") is no clause of its own in a language with a dictionary.
   */
  private static boolean otherVerb(Trigger[] triggerAt, int k, Trigger t, CaseReadings r) {
    Trigger o = triggerAt[k];
    return o != null && o != t && o.verb() && !t.covers(k)
        && (r.morphology().caseOnLastWord() || r.verbFlags(o.head) != CaseReadings.PARTICIPLE);
  }

  /**
   * The nominative subject: an unambiguous nominative before one that may also fill a target
   * slot, then the nearer one before the trigger, then after it; -1 when none.
   */
  private int subject(Trigger t, List<ActorGroup> groups, List<PhraseMarking.Marking> marks, Government gov,
      int pronoun) {
    int best = -1;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0; i < groups.size(); i++) {
      PhraseMarking.Marking m = shared(groups, marks, i);
      if (!m.prep().isEmpty() || m.cases() != ANY && (m.cases() & NOM) == 0) {
        continue;
      }
      ActorGroup g = groups.get(i);
      boolean after = g.first() > t.head;
      if (pronoun >= 0 && (after || g.first() < pronoun)) {
        continue; // "мы осуждаем действия Азербайджана": the pronoun is the subject
      }
      if (m.cases() == ANY && after) {
        continue; // an unknown word after the verb is more likely its object
      }
      boolean ambiguous = m.cases() == ANY || fits(gov.targets(), m);
      int near = distance(t, g); // a verb-final language puts its subject first ("A B-ni ...")
      int rank = (ambiguous ? 2000 : 0) + (after ? 1000 : 0)
          + (morphology.caseOnLastWord() && !after ? Math.max(0, 999 - near) : near);
      if (!t.verb() && after) {
        continue; // a noun's nominative subject stands before it ("Лавров нанёс визит")
      }
      if (rank < bestRank) {
        bestRank = rank;
        best = i;
      }
    }
    return best;
  }

  /**
   * The marking of phrase {@code i} narrowed to the cases it shares with the phrases coordinated
   * with it: "Армении и Азербайджану" are both dative, though "Армении" alone might be a plural
   * nominative.
   */
  private PhraseMarking.Marking shared(List<ActorGroup> groups, List<PhraseMarking.Marking> marks,
      int i) {
    PhraseMarking.Marking m = marks.get(i);
    int c = m.cases();
    for (int j = i + 1; j < groups.size() && joined(groups.get(j - 1), groups.get(j)); j++) {
      c = narrowed(c, marks.get(j).cases());
    }
    for (int j = i - 1; j >= 0 && joined(groups.get(j), groups.get(j + 1)); j--) {
      c = narrowed(c, marks.get(j).cases());
    }
    return c == m.cases() ? m : new PhraseMarking.Marking(m.prep(), c);
  }

  /** Cases {@code c} narrowed by a coordinated phrase's {@code o}; the fewer when they differ. */
  private static int narrowed(int c, int o) {
    if (c == ANY || o == ANY) {
      return c == ANY ? o : c;
    }
    return (c & o) != 0 ? c & o : Integer.bitCount(o) < Integer.bitCount(c) ? o : c;
  }

  /** The phrase nearest to the trigger that fits {@code slots}, after it first when asked. */
  private static int best(Trigger t, List<ActorGroup> groups, List<PhraseMarking.Marking> marks,
      List<Government.Slot> slots, int skip, boolean preferAfter) {
    int best = -1;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0; i < groups.size(); i++) {
      if (i == skip || skip >= 0 && groups.get(i).main().code()
          .equals(groups.get(skip).main().code()) || !fits(slots, marks.get(i))) {
        continue;
      }
      ActorGroup g = groups.get(i);
      boolean after = g.first() > t.head;
      int rank = (preferAfter && !after ? 1000 : 0) + distance(t, g);
      if (rank < bestRank) {
        bestRank = rank;
        best = i;
      }
    }
    return best;
  }

  static boolean fits(List<Government.Slot> slots, PhraseMarking.Marking m) {
    for (Government.Slot slot : slots) {
      if (slot.prep().equals(m.prep()) && (m.cases() == ANY || (slot.cases() & m.cases()) != 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tokens between trigger and phrase; 0 for a phrase that starts on one of the pattern's words
   * ("вызвал ~ посла" with "посла Азербайджана" the phrase).
   */
  private static int distance(Trigger t, ActorGroup g) {
    return g.first() > t.head ? Math.max(0, g.first() - t.last) : t.head - g.last();
  }

  /** Phrase {@code i} with the phrases coordinated with it ("Лавров и Байрамов"), in order. */
  private List<ActorGroup> withCoordinated(List<ActorGroup> groups, int i, int other) {
    if (i < 0) {
      return List.of();
    }
    List<ActorGroup> out = new ArrayList<>();
    out.add(groups.get(i));
    for (int j = i + 1; j < groups.size() && j != other && joined(groups.get(j - 1),
        groups.get(j)); j++) {
      out.add(groups.get(j));
    }
    for (int j = i - 1; j >= 0 && j != other && joined(groups.get(j), groups.get(j + 1)); j--) {
      out.add(0, groups.get(j));
    }
    return out;
  }

  /** Whether only a coordinator (and a preposition repeated after it) stands between. */
  private boolean joined(ActorGroup a, ActorGroup b) {
    int gap = b.first() - a.last() - 1;
    if (gap < 1 || gap > 2 || !v.any(a.last() + 1, JOIN)) {
      return false;
    }
    return gap == 1 || v.has(a.last() + 2, WordRole.PREP);
  }
}
