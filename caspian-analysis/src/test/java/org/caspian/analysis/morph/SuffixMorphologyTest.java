package org.caspian.analysis.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.caspian.analysis.morph.Features.GrammaticalCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Readings and paradigms of the suffix morphologies of Azerbaijani and Armenian. */
class SuffixMorphologyTest {
  private static final SuffixMorphology AZ = SuffixMorphology.load("az");
  private static final SuffixMorphology HY = SuffixMorphology.load("hy");

  private static Set<GrammaticalCase> cases(Morphology m, String word) {
    Set<GrammaticalCase> out = new TreeSet<>();
    for (Analysis a : m.analyze(word)) {
      if (a.pos() == PartOfSpeech.NOUN) {
        out.add(a.features().grammaticalCase());
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "az, Rusiyanın, GENITIVE",
      "az, Rusiyanı, ACCUSATIVE",
      "az, Rusiyaya, DATIVE",
      "az, Bakıda, LOCATIVE",
      "az, Bakıdan, ABLATIVE",
      "az, Putinlə, INSTRUMENTAL",
      "az, Bayramov, NOMINATIVE",
      "az, Putin, NOMINATIVE",
      "az, Türkiyə, NOMINATIVE",
      "az, Rusiya, NOMINATIVE",
      "az, nazirinə, DATIVE",
      "az, vətəndaşlarını, ACCUSATIVE",
      "hy, Լավրովի, GENITIVE DATIVE",
      "hy, Հայաստանին, GENITIVE DATIVE ACCUSATIVE",
      "hy, Մոսկվայում, LOCATIVE",
      "hy, Բաքվից, ABLATIVE",
      "hy, Փաշինյանը, NOMINATIVE ACCUSATIVE",
      "hy, Ռուսաստան, NOMINATIVE ACCUSATIVE",
      "hy, Պուտին, NOMINATIVE",
  })
  void casesOfWords(String lang, String word, String expected) {
    Set<GrammaticalCase> want = new TreeSet<>();
    for (String c : expected.split(" ")) {
      want.add(GrammaticalCase.valueOf(c));
    }
    assertThat(cases("az".equals(lang) ? AZ : HY, word)).as(word).isEqualTo(want);
  }

  @Test
  void ambiguousEndingsKeepTheBareNominative() {
    // "Bakı" could be the accusative of "bak"; "naziri" is the possessive nominative of a title
    assertThat(cases(AZ, "Bakı")).contains(GrammaticalCase.NOMINATIVE);
    assertThat(cases(AZ, "naziri")).contains(GrammaticalCase.NOMINATIVE,
        GrammaticalCase.ACCUSATIVE);
    // a clear ending leaves no bare reading: "Bakıya" is only a dative
    assertThat(cases(AZ, "Bakıya")).containsExactly(GrammaticalCase.DATIVE);
  }

  @Test
  void azerbaijaniVerbFormsFollowVowelHarmony() {
    Set<String> forms = forms(AZ.paradigm("görüşmək"));
    assertThat(forms).contains("görüşüb", "görüşdü", "görüşəcək", "görüşmüşdür", "görüşür",
        "görüşmək", "görüşdük");
    assertThat(forms).doesNotContain("görüşməyib", "görüşmədi"); // negated forms are not built
    assertThat(forms(AZ.paradigm("imzalamaq"))).contains("imzalayıb", "imzaladı",
        "imzalayacaq", "imzalamışdır");
    assertThat(forms(AZ.paradigm("etmək"))).contains("edib", "etdi", "edəcək", "etmişdir");
  }

  @Test
  void armenianVerbFormsAndTheirTense() {
    List<Analysis> p = HY.paradigm("հանդիպել");
    assertThat(forms(p)).contains("հանդիպել", "հանդիպեց", "հանդիպեցին", "կհանդիպի",
        "հանդիպելու");
    assertThat(p).filteredOn(a -> a.form().equals("կհանդիպի"))
        .allMatch(a -> a.features().tense() == Features.Tense.FUTURE);
    assertThat(forms(HY.paradigm("սպառնալ"))).contains("սպառնաց", "սպառնացել", "կսպառնա");
  }

  @Test
  void firstPersonVerbsAreMarked() {
    assertThat(AZ.analyze("pisləyirik")).anyMatch(a -> a.pos() == PartOfSpeech.VERB
        && a.features().person() == Features.GrammaticalPerson.FIRST);
    assertThat(AZ.analyze("pisləyib")).noneMatch(a -> a.pos() == PartOfSpeech.VERB
        && a.features().person() == Features.GrammaticalPerson.FIRST);
  }

  @Test
  void nounParadigmGivesCaseForms() {
    assertThat(forms(AZ.paradigm("səfər"))).contains("səfəri", "səfərə", "səfərin",
        "səfərində");
    assertThat(forms(HY.paradigm("այց"))).contains("այցը", "այցի", "այցին");
  }

  @Test
  void phrasesCarryTheirCaseOnTheLastWord() {
    assertThat(AZ.caseOnLastWord()).isTrue();
    assertThat(HY.language()).isEqualTo("hy");
  }

  private static Set<String> forms(List<Analysis> paradigm) {
    Set<String> out = new TreeSet<>();
    paradigm.forEach(a -> out.add(a.form()));
    return out;
  }
}
