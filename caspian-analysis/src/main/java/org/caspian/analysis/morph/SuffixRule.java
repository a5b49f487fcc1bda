package org.caspian.analysis.morph;

import java.util.List;
import java.util.Set;
import org.caspian.analysis.morph.Features.GrammaticalCase;
import org.caspian.analysis.morph.Features.GrammaticalNumber;
import org.caspian.analysis.morph.Features.GrammaticalPerson;
import org.caspian.analysis.morph.Features.Tense;
import org.caspian.analysis.morph.Features.VerbForm;

/**
 * One ending of {@code suffixes.tsv}: a noun ending with its cases, or a verb ending with its
 * tense and person.
 *
 * @param prefix letters before the stem ("կ" of the Armenian future), usually ""
 * @param template the ending, a vowel-harmony template in Azerbaijani ({@link VowelHarmony})
 * @param spellings every way the template can be written, longest first
 * @param pos {@link PartOfSpeech#NOUN} or {@link PartOfSpeech#VERB}
 * @param cases the cases of a noun ending, empty for a verb
 * @param number plural, or null
 * @param tense the tense of a finite verb ending, or null
 * @param person the person of a finite verb ending, or null
 * @param verbForm infinitive or finite for a verb ending, null for a noun
 * @param weak whether a word with this ending, written with a vowel first, may also be bare
 * @param verbClass the infinitive ending of the verbs a verb ending belongs to, "" for a noun
 */
record SuffixRule(String prefix, String template, List<String> spellings, PartOfSpeech pos,
    List<GrammaticalCase> cases, GrammaticalNumber number, Tense tense, GrammaticalPerson person,
    VerbForm verbForm, boolean weak, String verbClass) {

  SuffixRule {
    spellings = List.copyOf(spellings);
    cases = List.copyOf(cases);
  }

  /** The features of one reading: case {@code c} for a noun (null for a verb). */
  Features features(GrammaticalCase c) {
    return new Features(c, number, null, person, tense, verbForm, null, null, null, null, null,
        null, Set.of());
  }
}
