package org.caspian.analysis.events;

import org.caspian.analysis.lexicon.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caspian.model.ActorType;

/**
 * Finds the subject of a verb: the nearest actor before it in its clause, skipping subordinate
 * segments, reports it is not part of, places ("in Moscow") and outlets not right before the verb.
 * Carries a subject over from an earlier verb when "and" joins them ("X summoned Y and cancelled
 * Z"), to an uncontrolled infinitive ("met Bayramov to discuss") and to a participle after a comma
 * ("..., killing several officers"; "..., Peskov said, urging Baku to ..."). In reported speech a
 * pronoun subject is the speaker ("Zelensky said that he had phoned Aliyev"). When the subject slot
 * holds a name no dictionary knows ("Grozny and Mozdok were attacked"), there is no subject: an
 * actor further left belongs to another clause. "The two sides" and "both leaders" are the last two
 * parties named. Working state of one sentence; not thread-safe.
 */
final class SubjectFinder {
  /** The pair nouns of the grammar file ({@code PAIR}) that name people. */
  private static final Set<String> PEOPLE = Set.of("leaders", "ministers", "presidents");
  private static final long SEP = WordRole.AND.bit() | WordRole.COMMA.bit();
  private static final long BREAK = WordRole.HARD.bit() | WordRole.STOP.bit();
  private static final long AUXILIARY = WordRole.BE.bit() | WordRole.AUX.bit()
      | WordRole.NEG.bit() | WordRole.FUTURE.bit() | WordRole.HYPO.bit();
  /** {@link #skip}: read the token. */
  private static final int KEEP = Integer.MAX_VALUE;
  /** {@link #skip}: the clause ends here. */
  private static final int STOP = Integer.MIN_VALUE;

  private final EventView v;
  private final SentenceLayout layout;
  private final Trigger[] triggerAt;
  private final RoleFinder roles;
  private final Compounds compounds;

  SubjectFinder(EventView v, SentenceLayout layout, Trigger[] triggerAt, RoleFinder roles,
      Compounds compounds) {
    this.v = v;
    this.layout = layout;
    this.triggerAt = triggerAt;
    this.roles = roles;
    this.compounds = compounds;
  }

  /** Subject of verb {@code t}; sets {@link Trigger#inherited} when it carries over. */
  List<ActorGroup> subject(Trigger t) {
    int lo = roles.lo(t);
    if (t.form == Form.ING && t.head - 1 >= lo && v.has(t.head - 1, WordRole.COMMA)) {
      List<ActorGroup> p = participleSubject(t, lo);
      if (p != null) {
        return p; // empty when the main verb's doer is unknown: never the main verb's object
      }
    }
    List<ActorGroup> pair = pairSubject(t, lo);
    if (!pair.isEmpty()) {
      return pair; // "the two sides agreed to ...": the last two parties named
    }
    ActorGroup apposed = appositionSubject(t, lo);
    if (apposed != null) {
      return List.of(apposed);
    }
    if (unknownSubject(t, lo)) {
      return List.of(); // "Grozny and Mozdok were attacked": not an actor we know
    }
    return nearestSubject(t, lo);
  }

  /** The subject found scanning back from verb {@code t} to token {@code lo}. */
  private List<ActorGroup> nearestSubject(Trigger t, int lo) {
    SentenceLayout.Region own = layout.regionAt(t.head);
    // "met Bayramov to discuss": an uncontrolled infinitive shares its verb's subject.
    boolean infinitive = t.controller == null && t.head - 1 >= lo
        && v.has(t.head - 1, WordRole.TO);
    boolean sawAnd = false;
    for (int j = t.head - 1; j >= lo; j--) {
      int skip = skip(j, t, own);
      if (skip == STOP) {
        break;
      }
      if (skip != KEEP) {
        j = skip;
        continue;
      }
      sawAnd |= v.has(j, WordRole.AND);
      ActorGroup g = v.group(j);
      if (g != null) {
        if (!roles.usable(g) || roles.oblique(g, t) || g.media() && !rightBefore(g, t)) {
          j = g.first();
          continue;
        }
        return groupSubject(g, t, lo, own, sawAnd || infinitive);
      }
      if (own != null && v.has(j, WordRole.PRON)) {
        ActorGroup speaker = own.speaker(); // "Zelensky said that he had phoned Aliyev"
        return speaker != null && roles.usable(speaker) && !speaker.media() ? List.of(speaker)
            : List.of();
      }
      Trigger o = triggerAt[j];
      if (o != null && o != t && o.verb() && o.controller == null) {
        return carriedFrom(o, t, sawAnd || infinitive && !o.speech());
      }
    }
    return List.of();
  }

  /**
   * Where the backward scan for {@code t}'s subject goes from token {@code j}: {@link #KEEP} to
   * read {@code j}, {@link #STOP} at a clause break, else the token to continue before (the start
   * of a subordinate segment or of a report {@code t} is not part of).
   */
  private int skip(int j, Trigger t, SentenceLayout.Region own) {
    if (!roles.sameSegment(j, t)) {
      int seg = layout.segmentStart(j);
      return seg < 0 ? STOP : seg; // seg < 0: t is in a segment, j is before it
    }
    SentenceLayout.Region r = layout.regionAt(j);
    if (r != null && r != own) {
      return r.from(); // a report t is not part of: skip it
    }
    return v.any(j, BREAK) ? STOP : KEEP;
  }

  /**
   * The subject when the nearest usable actor before {@code t} is {@code g}: the subject carried
   * over from a verb right before {@code g} when {@code mayCarry} ("and", an infinitive), else
   * {@code g} with the actors compounded with it.
   */
  private List<ActorGroup> groupSubject(ActorGroup g, Trigger t, int lo,
      SentenceLayout.Region own, boolean mayCarry) {
    Trigger before = compounds.verbBefore(g, lo);
    if (mayCarry && before != null && before.sources != null && !before.sources.isEmpty()) {
      t.inherited = true;
      return before.sources;
    }
    return withSpeakerPronoun(compounds.left(g, lo), own, lo);
  }

  /**
   * The subject when verb {@code o} comes first before {@code t}: its subject (or speaker) when
   * {@code mayCarry}; else none, as any actor further left is that verb's subject, not ours ("it
   * had opened an investigation into the torture ...").
   */
  private List<ActorGroup> carriedFrom(Trigger o, Trigger t, boolean mayCarry) {
    List<ActorGroup> carried = o.speech() ? speakerList(o) : o.sources;
    if (mayCarry && carried != null && !carried.isEmpty()) {
      t.inherited = true;
      return carried;
    }
    return List.of();
  }

  /** The last token before verb {@code t} that is no auxiliary ("had been"), down to {@code lo}. */
  private int beforeAuxiliaries(Trigger t, int lo) {
    int j = t.head - 1;
    while (j >= lo && v.any(j, AUXILIARY)) {
      j--;
    }
    return j;
  }

  /**
   * "The director general at the Iranian Foreign Ministry, Mojtaba Demirchilu, summoned ...": a
   * name the dictionaries do not know, set off by commas right before the verb, stands for the
   * title phrase before it, whose actor is the subject. Null when the words are not so.
   */
  private ActorGroup appositionSubject(Trigger t, int lo) {
    int j = beforeAuxiliaries(t, lo);
    if (j - 1 < lo || !v.has(j, WordRole.COMMA)) {
      return null;
    }
    ActorGroup name = v.group(j - 1);
    if (name == null || name.actor()) {
      return null;
    }
    int k = name.first() - 1;
    if (k - 1 < lo || !v.has(k, WordRole.COMMA)) {
      return null;
    }
    ActorGroup title = v.group(k - 1);
    return title != null && title.actor() && roles.usable(title) && !title.media() ? title : null;
  }

  /**
   * Whether the word right before the verb (past auxiliaries and up to two lower-case words: "the
   * city airport was attacked") is a name that is no usable actor, and not after a preposition.
   */
  private boolean unknownSubject(Trigger t, int lo) {
    int j = beforeAuxiliaries(t, lo);
    for (int q = 0; q < 2 && j > lo && v.roles[j] == 0 && v.group(j) == null
        && triggerAt[j] == null && Character.isLowerCase(v.text.charAt(v.tokens.start(j))); q++) {
      j--;
    }
    if (j < lo) {
      return false;
    }
    ActorGroup g = v.group(j);
    if (g != null) {
      return !g.actor();
    }
    // A capitalised first word of the sentence may be any word.
    return j > layout.s && roles.unknownName(j) && !v.has(j - 1, WordRole.PREP);
  }

  /**
   * The subject of a participle after a comma, which is its main verb's: "..., killing several
   * officers" / "..., Peskov said, urging Baku to ...". Empty when that verb's doer is unknown,
   * null when no coded verb comes before.
   */
  private List<ActorGroup> participleSubject(Trigger t, int lo) {
    for (int j = t.head - 2; j >= lo; j--) {
      Trigger o = triggerAt[j];
      if (o == null || !o.verb()) {
        continue;
      }
      List<ActorGroup> carried = o.speech() ? speakerList(o) : o.sources;
      if (carried != null && !carried.isEmpty()) {
        t.inherited = true;
        return carried;
      }
      if (carried != null) {
        return List.of(); // "Protesters beat the speaker, demanding ...": not the speaker
      }
    }
    return null;
  }

  private List<ActorGroup> speakerList(Trigger speech) {
    ActorGroup sp = layout.speakerOf(speech);
    return sp != null && roles.usable(sp) && !sp.media() ? List.of(sp) : List.of();
  }

  /** "he and Pashinyan would ...": the pronoun is the speaker. */
  private List<ActorGroup> withSpeakerPronoun(List<ActorGroup> subjects,
      SentenceLayout.Region own, int lo) {
    if (own == null || own.speaker() == null || !roles.usable(own.speaker())
        || subjects.contains(own.speaker())) {
      return subjects;
    }
    int k = subjects.get(0).first() - 1;
    int seps = 0;
    while (k >= lo && v.any(k, SEP) && seps < 2) {
      k--;
      seps++;
    }
    if (seps == 0 || k < lo || !v.has(k, WordRole.PRON)) {
      return subjects;
    }
    List<ActorGroup> out = new ArrayList<>(subjects.size() + 1);
    out.add(own.speaker());
    out.addAll(subjects);
    return out;
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

  /**
   * For "the two sides", "both leaders" right before the verb: the last two actors of different
   * countries named before it (in this sentence or the ones before, within 80 tokens); else none.
   */
  private List<ActorGroup> pairSubject(Trigger t, int lo) {
    int j = beforeAuxiliaries(t, lo);
    if (j - 1 < lo || !v.has(j, WordRole.PAIR) || !v.has(j - 1, WordRole.BOTH)
        && !v.word(j - 1).equals("two")) {
      return List.of();
    }
    // "the two leaders", "both ministers": people, not the countries or blocs named around them;
    // and not whoever reports what they did ("Michel, who said the two leaders had agreed").
    boolean people = PEOPLE.contains(v.word(j).toLowerCase(Locale.ROOT));
    SentenceLayout.Region own = layout.regionAt(t.head);
    ActorGroup reporter = own == null ? null : own.speaker();
    List<ActorGroup> found = new ArrayList<>(2);
    for (int k = j - 2; k >= Math.max(0, j - 80) && found.size() < 2; k--) {
      ActorGroup g = v.group(k);
      if (g == null) {
        continue;
      }
      k = g.first();
      if (people && (g.main().type() != ActorType.PERSON || g == reporter)) {
        continue;
      }
      if (g.actor() && (found.isEmpty()
          || !found.get(0).main().country().equals(g.main().country()))) {
        found.add(0, g);
      }
    }
    return found.size() == 2 ? found : List.of();
  }
}
