package org.caspian.analysis.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caspian.analysis.morph.Analysis;
import org.caspian.analysis.morph.Features;
import org.caspian.analysis.morph.Features.GrammaticalCase;
import org.caspian.analysis.morph.Morphology;
import org.caspian.analysis.morph.PartOfSpeech;

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
  static final int ANY = -1;
  private static final int NOT_READ = -2;
  private static final int NOM = Government.bit(GrammaticalCase.NOMINATIVE);
  private static final int GEN = Government.bit(GrammaticalCase.GENITIVE)
      | Government.bit(GrammaticalCase.PARTITIVE);
  private static final long CLAUSE_END = WordRole.HARD.bit() | WordRole.STOP.bit()
      | WordRole.QUOTE.bit() | WordRole.COMMA.bit() | WordRole.QUESTION.bit();
  private static final long JOIN = WordRole.AND.bit() | WordRole.COMMA.bit();

  private final EventView v;
  private final Morphology morphology;
  private final int[] cases;
  private final boolean[] nominal;

  /**
   * Roles of one trigger; either list may be empty.
   *
   * @param pronoun whether a personal pronoun stands before the trigger in its clause ("мы
   *     осуждаем"): in reported speech, the speaker is the source
   */
  record Roles(List<ActorGroup> sources, List<ActorGroup> targets, boolean pronoun) {}

  /** How an actor phrase is marked: its preposition ("" for none) and its cases. */
  private record Marking(String prep, int cases) {}

  CaseRoleFinder(EventView v, Morphology morphology) {
    this.v = v;
    this.morphology = morphology;
    int n = v.tokens.size();
    this.cases = new int[n];
    this.nominal = new boolean[n];
    java.util.Arrays.fill(cases, NOT_READ);
  }

  /** Roles of {@code t} among tokens {@code [s, e)} of its sentence. */
  Roles find(Trigger t, int s, int e, Trigger[] triggerAt) {
    int lo = t.head;
    while (lo - 1 >= s && !v.any(lo - 1, CLAUSE_END) && !otherVerb(triggerAt, lo - 1, t)) {
      lo--;
    }
    int hi = t.last + 1;
    while (hi < e && !v.any(hi, CLAUSE_END) && !otherVerb(triggerAt, hi, t)) {
      hi++;
    }
    List<ActorGroup> groups = new ArrayList<>();
    List<Marking> marks = new ArrayList<>();
    for (int k = lo; k < hi; k++) {
      ActorGroup g = v.group(k);
      if (g != null && g.first() == k) {
        if (g.actor()) {
          groups.add(g);
          marks.add(marking(g, t, triggerAt, s));
        }
        k = g.last();
      }
    }
    Government gov = t.pattern.government();
    int pronoun = -1;
    for (int k = t.head - 1; k >= lo && pronoun < 0; k--) {
      pronoun = v.has(k, WordRole.PRON) ? k : -1;
    }
    boolean speakerVerb = t.verb() && firstOrSecondPerson(t.head);
    // A target in the nominative makes a passive ("səfiri XİN-ə çağırılıb"): no subject source.
    boolean passive = fits(gov.targets(), new Marking("", NOM));
    int source = speakerVerb || passive ? -1 : subject(t, groups, marks, gov, pronoun);
    if (source < 0) {
      source = best(t, groups, marks, gov.sources(), -1, false);
    }
    int target = best(t, groups, marks, gov.targets(), source, true);
    return new Roles(withCoordinated(groups, source, target),
        withCoordinated(groups, target, source), pronoun >= 0 || speakerVerb);
  }

  private static boolean otherVerb(Trigger[] triggerAt, int k, Trigger t) {
    Trigger o = triggerAt[k];
    return o != null && o != t && o.verb() && !t.covers(k);
  }

  /**
   * The nominative subject: an unambiguous nominative before one that may also fill a target
   * slot, then the nearer one before the trigger, then after it; -1 when none.
   */
  private int subject(Trigger t, List<ActorGroup> groups, List<Marking> marks, Government gov,
      int pronoun) {
    int best = -1;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0; i < groups.size(); i++) {
      Marking m = marks.get(i);
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

  /** The phrase nearest to the trigger that fits {@code slots}, after it first when asked. */
  private static int best(Trigger t, List<ActorGroup> groups, List<Marking> marks,
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

  private static boolean fits(List<Government.Slot> slots, Marking m) {
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

  /**
   * Preposition and cases of actor phrase {@code g}: of its first word (any case when the
   * dictionary does not know it), or of the noun it depends on when it may be a genitive after a
   * common noun.
   */
  private Marking marking(ActorGroup g, Trigger t, Trigger[] triggerAt, int s) {
    if (morphology.caseOnLastWord()) {
      return lastWordMarking(g, t, triggerAt);
    }
    int c = casesOf(g.first()); // a name the dictionary lacks ("Sputnik Азербайджан"): any case
    int head = g.first();
    int p = head - 1;
    if (p - 2 >= s && v.has(p, WordRole.TITLE) && v.has(p - 1, WordRole.PREP)) {
      p -= 2; // "поверенного в делах России": the state depends on the title noun
    }
    if (p >= s && (c == ANY || (c & GEN) != 0) && v.group(p) == null && !t.covers(p)
        && triggerAt[p] == null && !v.has(p, WordRole.PREP) && casesOf(p) != ANY
        && nominal[p]) {
      c = casesOf(p); // "двух журналистов Sputnik": the phrase is the noun's
      head = p;
    }
    return new Marking(preposition(head, s), c);
  }

  /**
   * Postposition and cases of {@code g} where a phrase's case is on its last word (Azerbaijani,
   * Armenian): of that word and the postposition after it ("Lavrov ilə"), or of the noun after it
   * when the phrase may be its genitive ("Ermənistanın mövqeyini").
   */
  private Marking lastWordMarking(ActorGroup g, Trigger t, Trigger[] triggerAt) {
    int k = g.last();
    int c = casesOf(k);
    int n = k + 1;
    if (n < cases.length && (c == ANY || (c & GEN) != 0) && v.group(n) == null && !t.covers(n)
        && triggerAt[n] == null && v.roles[n] == 0 && casesOf(n) != ANY && nominal[n]) {
      k = n;
      c = casesOf(n);
    }
    boolean post = k + 1 < cases.length && v.has(k + 1, WordRole.POSTP);
    return new Marking(post ? v.text(k + 1, k + 1).toLowerCase(Locale.ROOT) : "", c);
  }

  /** The preposition before {@code head}, over at most two agreeing words ("с азербайджанским"). */
  private String preposition(int head, int s) {
    for (int k = head - 1; k >= Math.max(s, head - 3); k--) {
      if (v.has(k, WordRole.PREP)) {
        return v.text(k, k).toLowerCase(Locale.ROOT);
      }
      if (v.group(k) != null || v.roles[k] != 0 || casesOf(k) == ANY || nominal[k]) {
        return "";
      }
    }
    return "";
  }

  /** Whether every verb reading of the word at {@code k} is first or second person ("осуждаем"). */
  private boolean firstOrSecondPerson(int k) {
    boolean any = false;
    for (Analysis a : morphology.analyze(v.text(k, k))) {
      if (a.pos() != PartOfSpeech.VERB) {
        continue;
      }
      Features.GrammaticalPerson p = a.features().person();
      if (p == null || p == Features.GrammaticalPerson.THIRD) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Cases of the word at {@code k} (nouns, adjectives, pronouns, numerals), or {@link #ANY} for a
   * word the dictionary does not know or knows as indeclinable ("Баку", which is also the dative
   * of "бак").
   */
  private int casesOf(int k) {
    if (cases[k] != NOT_READ) {
      return cases[k];
    }
    int mask = 0;
    boolean noun = false;
    boolean indeclinable = false;
    for (Analysis a : morphology.analyze(v.text(k, k))) {
      GrammaticalCase gc = a.features().grammaticalCase();
      indeclinable |= gc == null && a.pos() == PartOfSpeech.NOUN; // "Баку": any case
      if (gc == null || a.pos() == PartOfSpeech.PARTICIPLE) {
        continue;
      }
      mask |= Government.bit(gc);
      noun |= a.pos() == PartOfSpeech.NOUN;
    }
    cases[k] = mask == 0 || indeclinable ? ANY : mask;
    nominal[k] = noun;
    return cases[k];
  }
}
