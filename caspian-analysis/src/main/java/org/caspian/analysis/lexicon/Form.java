package org.caspian.analysis.lexicon;

/**
 * Grammatical features of a spelling an {@link Inflector} generates, as bits so one spelling can
 * carry several ("accused" is both {@link #PAST} and {@link #PP}).
 */
public final class Form {
  /** Base form: "accuse", the dictionary spelling of a name. */
  public static final int BASE = 1;
  /**
   * Present tense: English third person singular "accuses"; Russian present of any person
   * ("задерживают").
   */
  public static final int S = 2;
  /** Simple past: "accused". */
  public static final int PAST = 4;
  /** Past participle: "accused", "shot". */
  public static final int PP = 8;
  /** Present participle or gerund: "accusing". */
  public static final int ING = 16;
  /** Noun, singular or plural: "arrest", "talks". */
  public static final int NOUN = 32;
  /** A case form of a name or noun other than the dictionary one: "России", "Bakını". */
  public static final int CASE = 64;
  /**
   * A place case (locative or ablative: "Bakıda" = in Baku, "Մոսկվայում" = in Moscow): a capital
   * seen in it is a location, not an actor.
   */
  public static final int PLACE_CASE = 128;
  /**
   * A synthetic future form, which English does not have: the Russian perfective non-past
   * ("задержит", "вышлют") announces an act, it does not report one.
   */
  public static final int FUTURE = 256;

  private Form() {}
}
