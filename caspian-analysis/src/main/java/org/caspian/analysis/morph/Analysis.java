package org.caspian.analysis.morph;

import java.util.Objects;

/**
 * One reading of a word form: its dictionary form (lemma), part of speech and features, with the
 * dictionary's own tag kept for diagnostics.
 *
 * @param form the word form as looked up (lower case)
 * @param lemma the dictionary form as the dictionary spells it: lower case in Russian
 *     ("пашинян" for "Пашиняну"); Ukrainian proper nouns keep their capital ("Зеленський")
 * @param pos part of speech
 * @param features case, number, gender, person, tense, aspect and the rest, where given
 * @param tag the dictionary's tag, e.g. "NN:Fam:Masc:Sin:D"
 */
public record Analysis(String form, String lemma, PartOfSpeech pos, Features features,
    String tag) {
  public Analysis {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(tag, "tag");
  }
}
