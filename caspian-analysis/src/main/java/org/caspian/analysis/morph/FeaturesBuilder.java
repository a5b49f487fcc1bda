package org.caspian.analysis.morph;

import java.util.EnumSet;
import java.util.Set;
import org.caspian.analysis.morph.Features.Animacy;
import org.caspian.analysis.morph.Features.Aspect;
import org.caspian.analysis.morph.Features.Degree;
import org.caspian.analysis.morph.Features.Gender;
import org.caspian.analysis.morph.Features.GrammaticalCase;
import org.caspian.analysis.morph.Features.GrammaticalNumber;
import org.caspian.analysis.morph.Features.GrammaticalPerson;
import org.caspian.analysis.morph.Features.NameKind;
import org.caspian.analysis.morph.Features.Tense;
import org.caspian.analysis.morph.Features.Trait;
import org.caspian.analysis.morph.Features.Transitivity;
import org.caspian.analysis.morph.Features.VerbForm;
import org.caspian.analysis.morph.Features.Voice;

/**
 * Collects the features of one dictionary tag while a tag set's parser reads its parts
 * ({@link RussianTags}, {@link UkrainianTags}); what a tag set never marks stays null. Used by
 * one thread for one tag.
 */
final class FeaturesBuilder {
  GrammaticalCase grammaticalCase;
  GrammaticalNumber number;
  Gender gender;
  GrammaticalPerson person;
  Tense tense;
  VerbForm verbForm;
  Aspect aspect;
  Animacy animacy;
  Voice voice;
  Transitivity transitivity;
  Degree degree;
  NameKind nameKind;
  /** Both aspects marked (Ukrainian "perf" and "imperf" in one tag): a biaspectual verb. */
  boolean perfective;
  boolean imperfective;
  final Set<Trait> traits = EnumSet.noneOf(Trait.class);

  /** A gender that also means the singular (Ukrainian tags mark no number beside a gender). */
  void genderImplyingSingular(Gender g) {
    gender = g;
    if (number == null) {
      number = GrammaticalNumber.SINGULAR;
    }
  }

  Features build() {
    return new Features(grammaticalCase, number, gender, person, tense, verbForm, aspect,
        animacy, voice, transitivity, degree, nameKind, traits);
  }
}
