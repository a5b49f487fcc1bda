package org.caspian.analysis.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.caspian.analysis.lexicon.Inflector.WordClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one inflection scheme: English verbs and nouns, case forms of names in ru, hy and az. */
class InflectorsTest {
  private static Inflectors inflectors;

  @BeforeAll
  static void load() {
    inflectors = Inflectors.bundled();
  }

  private static Map<String, Integer> forms(String lang, String word) {
    return inflectors.forLanguage(lang).forms(word, WordClass.NAME);
  }

  @Test
  void englishVerbsNounsAndNames() {
    Inflector en = inflectors.forLanguage("en");
    assertThat(en.forms("accuse", WordClass.VERB)).containsEntry("accuse", Form.BASE)
        .containsEntry("accuses", Form.S).containsEntry("accused", Form.PAST | Form.PP)
        .containsEntry("accusing", Form.ING).hasSize(4);
    assertThat(en.forms("meet", WordClass.VERB)).containsEntry("met", Form.PAST | Form.PP);
    assertThat(en.forms("sanction", WordClass.NOUN)).containsEntry("sanctions", Form.NOUN);
    assertThat(en.forms("Russia", WordClass.NAME)).containsOnlyKeys("Russia");
  }

  @Test
  void generatedIrregularVerbsAreReadAndHandMadeOnesWin() {
    List<String[]> merged = Inflectors.mergeIrregular(
        List.<String[]>of(new String[] {"meet", "-", "met", "met", "-"}),
        List.of(new String[] {"meet", "-", "meeted", "meeted", "-"},
            new String[] {"speed", "-", "sped", "sped", "-"}));
    assertThat(merged).extracting(r -> r[0] + ":" + r[2]).containsExactly("meet:met",
        "speed:sped");
    assertThat(inflectors.forLanguage("en").forms("speed", WordClass.VERB))
        .containsEntry("sped", Form.PAST | Form.PP);
  }

  @Test
  void aFormThatIsNoWordIsRefusedNamingTheFile() {
    List<String[]> rows = List.<String[]>of(new String[] {"crack", "cracks", ",", ",", "-"});
    assertThatThrownBy(() -> EnglishInflector.of(rows, "inflections_x.tsv"))
        .hasMessageContaining("inflections_x.tsv").hasMessageContaining("crack");
  }

  @Test
  void russianCaseForms() {
    assertThat(forms("ru", "Россия")).containsKeys("России", "Россию", "Россией")
        .containsEntry("Россия", Form.BASE).containsEntry("России", Form.CASE);
    assertThat(forms("ru", "Кремль")).containsKeys("Кремля", "Кремлём");
    assertThat(forms("ru", "Лавров")).containsKeys("Лаврова", "Лавровым");
    assertThat(forms("ru", "российский")).containsKeys("российские", "российской");
    assertThat(forms("ru", "МИД")).containsOnlyKeys("МИД");
    assertThat(forms("ru", "Russia")).containsOnlyKeys("Russia");
    assertThat(inflectors.forLanguage("ru").forms("задержать", WordClass.VERB))
        .containsEntry("задержать", Form.BASE).containsEntry("задержали", Form.PAST);
  }

  @Test
  void azerbaijaniVowelHarmonyAndPlaceCases() {
    Map<String, Integer> baki = forms("az", "Bakı");
    assertThat(baki).containsKeys("Bakının", "Bakıya", "Bakıdan", "Bakıyla")
        .containsEntry("Bakıda", Form.CASE | Form.PLACE_CASE)
        .containsEntry("Bakıya", Form.CASE);
    assertThat(forms("az", "Türkiyə")).containsKeys("Türkiyənin", "Türkiyəyə", "Türkiyədə");
    assertThat(forms("az", "Lavrov")).containsKeys("Lavrovun", "Lavrovu");
    assertThat(forms("az", "Ermənistan")).containsKeys("Ermənistanın", "Ermənistanla");
    assertThat(SuffixInflector.harmonize("Federasiya", "(s)I(n)In"))
        .isEqualTo("Federasiyasının");
  }

  @Test
  void armenianCaseForms() {
    assertThat(forms("hy", "Մոսկվա")).containsEntry("Մոսկվայում", Form.CASE | Form.PLACE_CASE)
        .containsEntry("Մոսկվայի", Form.CASE);
    assertThat(forms("hy", "Փաշինյան")).containsKeys("Փաշինյանը", "Փաշինյանի");
    assertThat(forms("hy", "կառավարություն")).containsKeys("կառավարության");
  }

  @Test
  void aLanguageWithoutRulesKeepsEveryWordAsItIs() {
    assertThat(inflectors.forLanguage("ka").forms("თბილისი", WordClass.NAME))
        .containsOnlyKeys("თბილისი");
    assertThat(inflectors.forLanguage("xx").forms("talks", WordClass.NOUN))
        .containsEntry("talks", Form.NOUN);
  }
}
