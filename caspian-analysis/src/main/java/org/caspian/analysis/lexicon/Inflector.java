package org.caspian.analysis.lexicon;

import java.util.Map;

/**
 * Spells out the forms of a dictionary word in one language, so that a lexicon written in
 * dictionary forms matches running text. One scheme for every lexicon: the actor dictionary asks
 * for the case forms of names, the event patterns for the forms of verbs and nouns. Implementations
 * are immutable and thread-safe.
 */
public interface Inflector {

  /** What kind of word is being inflected. */
  enum WordClass {
    /** A verb: English "accuse" → accuses, accused, accusing. */
    VERB,
    /** A common noun: "arrest" → arrests. */
    NOUN,
    /** A word of a proper name: Russian "Россия" → России, Россию... */
    NAME
  }

  /**
   * Every spelling of {@code word}, the word itself first, each with its {@link Form} bits, in a
   * stable order.
   */
  Map<String, Integer> forms(String word, WordClass wordClass);

  /** An inflector for a language without rules: every word has only its own spelling. */
  Inflector NONE = (word, wordClass) -> Map.of(word,
      wordClass == WordClass.NOUN ? Form.NOUN : Form.BASE);
}
