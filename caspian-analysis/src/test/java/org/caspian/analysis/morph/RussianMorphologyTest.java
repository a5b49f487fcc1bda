package org.caspian.analysis.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.caspian.analysis.morph.Features.Animacy;
import org.caspian.analysis.morph.Features.Aspect;
import org.caspian.analysis.morph.Features.Gender;
import org.caspian.analysis.morph.Features.GrammaticalCase;
import org.caspian.analysis.morph.Features.GrammaticalNumber;
import org.caspian.analysis.morph.Features.NameKind;
import org.caspian.analysis.morph.Features.Tense;
import org.caspian.analysis.morph.Features.Transitivity;
import org.caspian.analysis.morph.Features.VerbForm;
import org.caspian.analysis.morph.Features.Voice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Readings and paradigms from LanguageTool's Russian dictionaries. */
class RussianMorphologyTest {
  private static RussianMorphology ru;

  @BeforeAll
  static void load() {
    ru = RussianMorphology.load();
  }

  private static Analysis only(String word, PartOfSpeech pos, String lemma) {
    List<Analysis> found = ru.analyze(word).stream()
        .filter(a -> a.pos() == pos && a.lemma().equals(lemma)).collect(Collectors.toList());
    assertThat(found).as(word + " as " + pos + " of " + lemma).isNotEmpty();
    return found.get(0);
  }

  @Test
  void theIssuesExamples() {
    Analysis pashinyan = only("Пашиняну", PartOfSpeech.NOUN, "пашинян");
    assertThat(pashinyan.features().grammaticalCase()).isEqualTo(GrammaticalCase.DATIVE);
    assertThat(pashinyan.features().nameKind()).isEqualTo(NameKind.SURNAME);
    assertThat(pashinyan.features().gender()).isEqualTo(Gender.MASCULINE);
    assertThat(pashinyan.features().number()).isEqualTo(GrammaticalNumber.SINGULAR);
    assertThat(pashinyan.form()).isEqualTo("пашиняну");

    Analysis russia = only("Россию", PartOfSpeech.NOUN, "россия");
    assertThat(russia.features().grammaticalCase()).isEqualTo(GrammaticalCase.ACCUSATIVE);
    assertThat(russia.features().animacy()).isEqualTo(Animacy.INANIMATE);

    Analysis detained = only("задержали", PartOfSpeech.VERB, "задержать");
    Features f = detained.features();
    assertThat(f.tense()).isEqualTo(Tense.PAST);
    assertThat(f.verbForm()).isEqualTo(VerbForm.FINITE);
    assertThat(f.aspect()).isEqualTo(Aspect.PERFECTIVE);
    assertThat(f.transitivity()).isEqualTo(Transitivity.TRANSITIVE);
    assertThat(f.number()).isEqualTo(GrammaticalNumber.PLURAL);
    assertThat(f.person()).isNull();
    assertThat(f.grammaticalCase()).isNull();
  }

  @Test
  void aHomographHasEveryReading() {
    List<Analysis> mir = ru.analyze("мир");
    assertThat(mir).extracting(Analysis::lemma).contains("мир", "миро");
    assertThat(mir).filteredOn(a -> a.lemma().equals("мир"))
        .extracting(a -> a.features().grammaticalCase())
        .contains(GrammaticalCase.NOMINATIVE, GrammaticalCase.ACCUSATIVE);
    assertThat(mir).doesNotHaveDuplicates();
    // "стали": the past of "стать" and the cases of "сталь" (steel)
    assertThat(ru.analyze("стали")).extracting(Analysis::pos)
        .contains(PartOfSpeech.VERB, PartOfSpeech.NOUN);
  }

  @Test
  void letterCaseDoesNotMatter() {
    // sentence-initial capitals and all capitals read as the lower-case word
    assertThat(ru.analyze("Мир")).isEqualTo(ru.analyze("мир")).isNotEmpty();
    assertThat(ru.analyze("ЗАДЕРЖАЛИ")).isEqualTo(ru.analyze("задержали")).isNotEmpty();
    assertThat(ru.analyze("Москве")).extracting(Analysis::lemma).contains("москва");
  }

  @Test
  void yoAndYe() {
    assertThat(ru.analyze("ёлки")).extracting(Analysis::lemma).containsOnly("ёлка");
    assertThat(ru.analyze("елки")).extracting(Analysis::lemma).containsOnly("ёлка");
    // "всё" (everything) is not read as the plural "все" (all)
    assertThat(ru.analyze("всё")).extracting(a -> a.features().number())
        .doesNotContain(GrammaticalNumber.PLURAL);
    assertThat(ru.analyze("все")).extracting(a -> a.features().number())
        .contains(GrammaticalNumber.PLURAL);
    assertThat(only("Встретимся", PartOfSpeech.VERB, "встретиться").features().tense())
        .isEqualTo(Tense.FUTURE);
  }

  @Test
  void unknownWordsHaveNoReading() {
    assertThat(ru.analyze("Bakı")).isEmpty();
    assertThat(ru.analyze("щщщщ")).isEmpty();
    assertThat(ru.analyze("")).isEmpty();
    assertThat(ru.paradigm("щщщщ")).isEmpty();
  }

  @Test
  void participlesAndAdverbialParticiples() {
    Analysis detainedPl = only("задержаны", PartOfSpeech.PARTICIPLE, "задержать");
    assertThat(detainedPl.features().voice()).isEqualTo(Voice.PASSIVE);
    assertThat(detainedPl.features().has(Features.Trait.SHORT)).isTrue();
    assertThat(only("задержанных", PartOfSpeech.PARTICIPLE, "задержать").features()
        .has(Features.Trait.SHORT)).isFalse();
    assertThat(only("задержав", PartOfSpeech.ADVERBIAL_PARTICIPLE, "задержать").pos().verbal())
        .isTrue();
    assertThat(only("высылают", PartOfSpeech.VERB, "высылать").features().tense())
        .isEqualTo(Tense.PRESENT);
    assertThat(only("вышлют", PartOfSpeech.VERB, "выслать").features().tense())
        .isEqualTo(Tense.FUTURE);
  }

  @Test
  void paradigmOfAVerbHoldsItsFiniteFormsAndParticiples() {
    List<Analysis> forms = ru.paradigm("задержать");
    assertThat(forms).extracting(Analysis::form)
        .contains("задержать", "задержал", "задержала", "задержали", "задержит", "задержат",
            "задержан", "задержанные", "задержав");
    assertThat(forms).allSatisfy(a -> {
      assertThat(a.lemma()).isEqualTo("задержать");
      assertThat(a.pos().verbal()).isTrue();
      // every generated form reads back as a form of the same lemma with the same tag
      assertThat(ru.analyze(a.form())).anySatisfy(b -> {
        assertThat(b.lemma()).isEqualTo("задержать");
        assertThat(b.tag()).isEqualTo(a.tag());
      });
    });
  }

  @Test
  void paradigmOfANounHoldsEveryCaseAndNumber() {
    List<Analysis> forms = ru.paradigm("Санкция");
    assertThat(forms).extracting(Analysis::form)
        .contains("санкция", "санкции", "санкцию", "санкцией", "санкций", "санкциями",
            "санкциях");
    assertThat(forms).extracting(a -> a.features().grammaticalCase()).contains(
        GrammaticalCase.NOMINATIVE, GrammaticalCase.GENITIVE, GrammaticalCase.DATIVE,
        GrammaticalCase.ACCUSATIVE, GrammaticalCase.INSTRUMENTAL,
        GrammaticalCase.PREPOSITIONAL);
    assertThat(ru.paradigm("задержание")).extracting(Analysis::form)
        .contains("задержания", "задержании", "задержаний");
  }
}
