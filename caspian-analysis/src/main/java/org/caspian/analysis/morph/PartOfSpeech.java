package org.caspian.analysis.morph;

/** Part of speech of one analysis of a word. */
public enum PartOfSpeech {
  NOUN,
  ADJECTIVE,
  PRONOUN,
  /** Cardinal numeral: "два", "сто". */
  NUMERAL,
  /** Collective numeral: "двое", "десятеро". */
  COLLECTIVE_NUMERAL,
  /** Ordinal numeral: "второй". */
  ORDINAL,
  /** Verb: infinitive, finite or imperative form. */
  VERB,
  /** Participle, full or short ("задержанный", "задержан"). */
  PARTICIPLE,
  /** Adverbial participle: "задержав", "встречаясь". */
  ADVERBIAL_PARTICIPLE,
  ADVERB,
  /** Predicative word: "нельзя", "жаль". */
  PREDICATIVE,
  PREPOSITION,
  CONJUNCTION,
  PARTICLE,
  INTERJECTION,
  /** Parenthetical word: "впрочем", "авось". */
  PARENTHETICAL,
  /** Abbreviation written as a word: "ЮАР", "ЦБ". */
  ABBREVIATION,
  /** A word the dictionary gives no part of speech. */
  OTHER;

  /** Whether this is a form of a verb: the verb itself, a participle or an adverbial participle. */
  public boolean verbal() {
    return this == VERB || this == PARTICIPLE || this == ADVERBIAL_PARTICIPLE;
  }
}
