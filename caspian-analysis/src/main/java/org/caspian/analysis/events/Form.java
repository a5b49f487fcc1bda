package org.caspian.analysis.events;

/** Grammatical forms a trigger word can take, as bits so one spelling can carry several. */
final class Form {
  /** Base form: "accuse". */
  static final int BASE = 1;
  /** Third person singular: "accuses". */
  static final int S = 2;
  /** Simple past: "accused". */
  static final int PAST = 4;
  /** Past participle: "accused", "shot". */
  static final int PP = 8;
  /** Present participle or gerund: "accusing". */
  static final int ING = 16;
  /** Noun, singular or plural: "arrest", "talks". */
  static final int NOUN = 32;

  private Form() {}
}
