package org.caspian.analysis.events;

import java.util.Arrays;
import org.caspian.analysis.morph.Analysis;
import org.caspian.analysis.morph.Features;
import org.caspian.analysis.morph.Features.GrammaticalCase;
import org.caspian.analysis.morph.Features.GrammaticalNumber;
import org.caspian.analysis.morph.Morphology;
import org.caspian.analysis.morph.PartOfSpeech;

/**
 * What the dictionary says of each token of an article for {@link CaseRoleFinder}: the cases a
 * word can be in (a bit mask over {@link GrammaticalCase}), whether one of its readings is a noun,
 * and what its verb readings say about the subject they need. Read once per token and cached.
 * Created per article; not thread-safe.
 */
final class CaseReadings {
  /** Cases of a word the dictionary does not know: any. */
  static final int ANY = -1;
  private static final int NOT_READ = -2;
  /** Verb reading flags ({@link #verbFlags}). */
  static final int FINITE_SINGULAR = 1;
  static final int FINITE_PLURAL = 2;
  static final int GERUND = 4;
  static final int SPEAKER = 8;
  static final int THIRD = 16;
  static final int PARTICIPLE = 32;

  private final EventView v;
  private final Morphology morphology;
  private final int[] cases;
  private final boolean[] nominal;
  private final int[] verb;

  CaseReadings(EventView v, Morphology morphology) {
    this.v = v;
    this.morphology = morphology;
    int n = v.tokens.size();
    this.cases = new int[n];
    this.nominal = new boolean[n];
    this.verb = new int[n];
    Arrays.fill(cases, NOT_READ);
  }

  Morphology morphology() {
    return morphology;
  }

  int size() {
    return cases.length;
  }

  /**
   * Cases of the word at {@code k} (nouns, adjectives, pronouns, numerals), or {@link #ANY} for a
   * word the dictionary does not know or knows as indeclinable ("Баку", which is also the dative
   * of "бак").
   */
  int casesOf(int k) {
    read(k);
    return cases[k];
  }

  /** Whether one of the readings of the word at {@code k} is a noun. */
  boolean nominal(int k) {
    read(k);
    return nominal[k];
  }

  /**
   * What the verb readings of the word at {@code k} say of its subject: {@link #FINITE_SINGULAR}
   * or {@link #FINITE_PLURAL} for a finite form of that number, {@link #GERUND} for an adverbial
   * participle (its subject is the clause's: "обвинив его"), {@link #PARTICIPLE} for a
   * participle, {@link #SPEAKER} for a first- or
   * second-person form, {@link #THIRD} for a third-person or past form; 0 for no verb reading.
   */
  int verbFlags(int k) {
    read(k);
    return verb[k];
  }

  /** Whether every verb reading of the word at {@code k} is first or second person ("осуждаем"). */
  boolean speakerOnly(int k) {
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

  private void read(int k) {
    if (cases[k] != NOT_READ) {
      return;
    }
    int mask = 0;
    int flags = 0;
    boolean noun = false;
    boolean indeclinable = false;
    for (Analysis a : morphology.analyze(v.text(k, k))) {
      flags |= verbReading(a);
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
    verb[k] = flags;
  }

  private static int verbReading(Analysis a) {
    if (a.pos() == PartOfSpeech.ADVERBIAL_PARTICIPLE) {
      return GERUND;
    }
    if (a.pos() == PartOfSpeech.PARTICIPLE) {
      return PARTICIPLE;
    }
    Features f = a.features();
    if (a.pos() != PartOfSpeech.VERB || f.verbForm() == Features.VerbForm.INFINITIVE
        || f.verbForm() == Features.VerbForm.IMPERATIVE) {
      return 0;
    }
    int out = 0;
    Features.GrammaticalPerson p = f.person();
    if (p == Features.GrammaticalPerson.FIRST || p == Features.GrammaticalPerson.SECOND) {
      out |= SPEAKER;
    } else {
      out |= THIRD;
    }
    if (f.number() == GrammaticalNumber.SINGULAR || f.number() == null && f.gender() != null) {
      out |= FINITE_SINGULAR;
    } else if (f.number() == GrammaticalNumber.PLURAL) {
      out |= FINITE_PLURAL;
    }
    return out;
  }
}
