package org.caspian.analysis.morph;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The grammatical features of one analysis of a word. A field is {@code null} when the
 * dictionary does not give it (a verb has no case, an indeclinable noun no number).
 *
 * @param grammaticalCase case of a noun, adjective, pronoun, numeral or full participle
 * @param number singular or plural
 * @param gender gender of a singular noun, adjective, participle or past-tense verb
 * @param person person of a present, future or imperative verb or of a personal pronoun
 * @param tense tense of a verb or participle
 * @param verbForm infinitive, finite or imperative (verbs only)
 * @param aspect aspect of a verb, participle or adverbial participle
 * @param animacy animacy of a noun
 * @param voice active or passive (participles only)
 * @param transitivity whether a verb takes a direct object
 * @param degree degree of an adjective
 * @param nameKind first name, patronymic or surname, for nouns the dictionary marks as names
 * @param traits further marks: short form, impersonal, pronominal, colloquial, reflexive
 */
public record Features(GrammaticalCase grammaticalCase, GrammaticalNumber number, Gender gender,
    GrammaticalPerson person, Tense tense, VerbForm verbForm, Aspect aspect, Animacy animacy,
    Voice voice, Transitivity transitivity, Degree degree, NameKind nameKind, Set<Trait> traits) {

  /** No feature given. */
  public static final Features NONE = new Features(null, null, null, null, null, null, null,
      null, null, null, null, null, Set.of());

  public Features {
    traits = traits.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(traits));
  }

  /** Whether {@code trait} is marked. */
  public boolean has(Trait trait) {
    return traits.contains(trait);
  }

  /** Grammatical case. */
  public enum GrammaticalCase {
    NOMINATIVE, GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL, PREPOSITIONAL,
    /** The second genitive: "чаю", "народу" (a cup of tea, a lot of people). */
    PARTITIVE,
    /** The second prepositional: "в лесу", "в аэропорту". */
    LOCATIVE,
    /** The vocative of colloquial address: "мам", "Коль". */
    VOCATIVE,
    /** The ablative of Azerbaijani and Armenian (from): "Bakıdan", "Մոսկվայից". */
    ABLATIVE
  }

  /** Grammatical number. */
  public enum GrammaticalNumber { SINGULAR, PLURAL }

  /** Grammatical gender. */
  public enum Gender { MASCULINE, FEMININE, NEUTER }

  /** Grammatical person. */
  public enum GrammaticalPerson { FIRST, SECOND, THIRD }

  /** Tense; in Russian the future of a perfective verb is its only non-past tense. */
  public enum Tense { PRESENT, PAST, FUTURE }

  /** The form of a verb proper (participles and adverbial participles have their own part of speech). */
  public enum VerbForm { INFINITIVE, FINITE, IMPERATIVE }

  /** Verbal aspect. */
  public enum Aspect {
    PERFECTIVE, IMPERFECTIVE,
    /** Both, by context: "использовать", "атаковать". */
    BIASPECTUAL
  }

  /** Animacy (decides whether the accusative looks like the genitive or the nominative). */
  public enum Animacy {
    ANIMATE, INANIMATE,
    /** The dictionary gives both: "архебактерия". */
    BOTH
  }

  /** Voice of a participle. */
  public enum Voice { ACTIVE, PASSIVE }

  /** Whether a verb takes a direct object. */
  public enum Transitivity { TRANSITIVE, INTRANSITIVE }

  /** Degree of an adjective. */
  public enum Degree { POSITIVE, COMPARATIVE, SUPERLATIVE }

  /** The kind of personal name a noun is. */
  public enum NameKind { FIRST_NAME, PATRONYMIC, SURNAME }

  /** Further marks of a form. */
  public enum Trait {
    /** Short form of an adjective or passive participle: "готов", "задержан". */
    SHORT,
    /** Impersonal verb, used without a subject: "смеркается". */
    IMPERSONAL,
    /** Pronominal adjective: "весь", "данный", "свой". */
    PRONOMINAL,
    /** Colloquial form. */
    COLLOQUIAL,
    /** Reflexive verb (Ukrainian "-ся" verbs; Russian has them as lemmas of their own). */
    REFLEXIVE
  }
}
