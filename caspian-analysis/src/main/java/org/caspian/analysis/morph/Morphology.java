package org.caspian.analysis.morph;

import java.util.List;

/**
 * The morphology of one language: the readings of a word form, and every form of a lemma.
 * Implementations are immutable and safe to share between threads.
 */
public interface Morphology {

  /** ISO 639-1 code of the language. */
  String language();

  /**
   * Every reading of {@code word}, in the dictionary's order, without duplicates; empty when the
   * dictionary does not know the word. Letter case does not matter ("Пашиняну" and "пашиняну"
   * read alike); a word the dictionary only has with "ё" is found when written with "е", and the
   * other way round.
   */
  List<Analysis> analyze(CharSequence word);

  /**
   * Every form of {@code lemma} (a dictionary form, any letter case) with its reading, in the
   * dictionary's order; empty when the lemma is unknown or the language's dictionary cannot
   * generate forms. A lemma shared by several words ("мир", peace and world) gives the forms of
   * all of them.
   */
  List<Analysis> paradigm(String lemma);

  /**
   * Whether a noun phrase carries its case once, on its last word, with postpositions after it
   * (Azerbaijani "Rusiyanın səfirini", Armenian "Լավրովի հետ"), rather than on its first word
   * after a preposition (Russian "с Лавровым"). False unless a language says so.
   */
  default boolean caseOnLastWord() {
    return false;
  }
}
