package org.caspian.analysis.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.caspian.analysis.lexicon.Inflector.WordClass;
import org.caspian.analysis.morph.Analysis;
import org.caspian.analysis.morph.Morphology;
import org.caspian.analysis.morph.RussianMorphology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Russian verb, noun and name forms from the dictionary, with their {@link Form} bits. */
class DictionaryInflectorTest {
  private static Inflector ru;

  @BeforeAll
  static void load() {
    ru = Inflectors.bundled().forLanguage("ru");
  }

  @Test
  void verbsGetEveryFormWithItsBits() {
    Map<String, Integer> detain = ru.forms("задержать", WordClass.VERB);
    assertThat(detain.keySet().iterator().next()).isEqualTo("задержать");
    assertThat(detain).containsEntry("задержать", Form.BASE)
        .containsEntry("задержали", Form.PAST).containsEntry("задержал", Form.PAST)
        .containsEntry("задержат", Form.FUTURE).containsEntry("задержит", Form.FUTURE)
        .containsEntry("задержан", Form.PP).containsEntry("задержанные", Form.PP)
        .containsEntry("задержав", Form.ING).containsEntry("задержи", Form.BASE);
    // "задержите" is both the future (you will detain) and the imperative
    assertThat(detain).containsEntry("задержите", Form.FUTURE | Form.BASE);

    Map<String, Integer> expel = ru.forms("выслать", WordClass.VERB);
    assertThat(expel).containsEntry("выслали", Form.PAST).containsEntry("вышлют", Form.FUTURE)
        .containsEntry("высланы", Form.PP);
    assertThat(ru.forms("высылать", WordClass.VERB)).containsEntry("высылают", Form.S)
        .containsEntry("высылающие", Form.ING);

    Map<String, Integer> meet = ru.forms("встретиться", WordClass.VERB);
    assertThat(meet).containsEntry("встретились", Form.PAST)
        .containsEntry("встретится", Form.FUTURE).containsEntry("встретившись", Form.ING);
    // only verbal forms: no noun of another word shares the lemma's spelling
    assertThat(meet.values()).allMatch(b -> (b & (Form.NOUN | Form.CASE)) == 0);
  }

  @Test
  void nounsGetEveryCaseAndNumber() {
    Map<String, Integer> detention = ru.forms("задержание", WordClass.NOUN);
    assertThat(detention).containsEntry("задержание", Form.NOUN)
        .containsEntry("задержания", Form.NOUN | Form.CASE)
        .containsEntry("задержании", Form.NOUN | Form.CASE)
        .containsEntry("задержаниями", Form.NOUN | Form.CASE);
    Map<String, Integer> sanction = ru.forms("санкция", WordClass.NOUN);
    assertThat(sanction).containsKeys("санкции", "санкций", "санкциям", "санкциями", "санкциях",
        "санкцию", "санкцией").doesNotContainKey("санкция" + "ы");
  }

  @Test
  void namesKeepTheirCaseGenderAndKind() {
    Map<String, Integer> lavrov = ru.forms("Лавров", WordClass.NAME);
    assertThat(lavrov).containsEntry("Лавров", Form.BASE).containsEntry("Лаврову", Form.CASE)
        .containsKeys("Лаврова", "Лавровым", "Лаврове")
        .doesNotContainKeys("Лавровой", "Лавровом");
    assertThat(ru.forms("Александр", WordClass.NAME)).containsKeys("Александру")
        .doesNotContainKeys("Александровича", "Александров");
    assertThat(ru.forms("Беларусь", WordClass.NAME)).containsKeys("Беларуси", "Беларусью")
        .doesNotContainKey("Беларуся");
    assertThat(ru.forms("Пашинян", WordClass.NAME)).containsKeys("Пашиняну", "Пашиняном");
    // a proper name other than a surname has no plural; a role noun has
    assertThat(ru.forms("Киев", WordClass.NAME)).doesNotContainKeys("Киевы", "Киевов");
    assertThat(ru.forms("министр", WordClass.NAME)).containsKeys("министры", "министров");
  }

  @Test
  void functionWordsAndAcronymsAreLeftAlone() {
    // "после" (after) is also the prepositional of "посол"
    assertThat(ru.forms("посол", WordClass.NAME)).containsKeys("посла", "послу")
        .doesNotContainKey("после");
    assertThat(ru.forms("МИД", WordClass.NAME)).containsOnlyKeys("МИД");
    assertThat(ru.forms("США", WordClass.VERB)).containsOnlyKeys("США");
  }

  @Test
  void unknownNamesFallBackToTheSuffixRules() {
    Map<String, Integer> unknown = ru.forms("Мирзоянц", WordClass.NAME);
    Inflector suffixes = (w, c) -> Map.of(w, Form.BASE, w + "у", Form.CASE);
    Inflector withFallback = new DictionaryInflector(RussianMorphology::load, suffixes, true);
    assertThat(withFallback.forms("Мирзоянц", WordClass.NAME))
        .containsOnlyKeys("Мирзоянц", "Мирзоянцу");
    assertThat(unknown).containsKey("Мирзоянца");
    Inflector namesOff = new DictionaryInflector(RussianMorphology::load, suffixes, false);
    assertThat(namesOff.forms("Лавров", WordClass.NAME)).containsOnlyKeys("Лавров", "Лаврову");
  }

  @Test
  void theDictionaryLoadsOnFirstUseOnly() {
    AtomicInteger loads = new AtomicInteger();
    Morphology empty = new Morphology() {
      @Override
      public String language() {
        return "xx";
      }

      @Override
      public List<Analysis> analyze(CharSequence word) {
        return List.of();
      }

      @Override
      public List<Analysis> paradigm(String lemma) {
        return List.of();
      }
    };
    Inflector lazy = new DictionaryInflector(() -> {
      loads.incrementAndGet();
      return empty;
    }, Inflector.NONE, true);
    assertThat(loads).hasValue(0);
    lazy.forms("задержать", WordClass.VERB);
    lazy.forms("задержание", WordClass.NOUN);
    assertThat(loads).hasValue(1);
  }
}
