package org.caspian.analysis.tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.token.TokenStage;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Tokens;
import org.caspian.model.Tone;
import org.junit.jupiter.api.Test;

class ToneStageTest {
  private static final ToneStage TONE = ToneStage.create();
  private static final TokenStage TOKENS = new TokenStage();

  private static Tone tone(String text, String lang) {
    return TONE.score(text, TOKENS.tokenize(text), lang);
  }

  @Test
  void lexiconsAreLargeEnough() {
    assertThat(TONE.lexiconSize("en")).isGreaterThanOrEqualTo(600);
    assertThat(TONE.lexiconSize("ru")).isGreaterThanOrEqualTo(100);
    assertThat(TONE.lexiconSize("az")).isGreaterThanOrEqualTo(100);
    assertThat(TONE.lexiconSize("hy")).isGreaterThanOrEqualTo(100);
  }

  @Test
  void countsPositiveAndNegativeWordsAsPercentOfAllWords() {
    // 10 words: "condemned" and "aggression" negative, "peace" positive
    Tone t = tone("Baku condemned the aggression but still hopes for lasting peace.", "en");
    assertThat(t.words()).isEqualTo(10);
    assertThat(t.negative()).isCloseTo(20.0, within(1e-9));
    // "hopes" is positive as well
    assertThat(t.positive()).isCloseTo(20.0, within(1e-9));
    assertThat(t.score()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void conflictReportingIsNegativeAndCooperationIsPositive() {
    Tone war = tone("Shelling killed three soldiers as tension escalated along the border; "
        + "Yerevan accused Baku of a deadly attack.", "en");
    Tone deal = tone("The ministers welcomed the agreement and praised the friendly, "
        + "constructive atmosphere of cooperation.", "en");
    assertThat(war.score()).isLessThan(-20);
    assertThat(war.positive()).isZero();
    assertThat(deal.score()).isGreaterThan(30);
    assertThat(deal.negative()).isZero();
  }

  @Test
  void negatedPositiveCountsAsNegative() {
    Tone plain = tone("Relations between Moscow and Baku are friendly.", "en");
    Tone negated = tone("Relations between Moscow and Baku are not friendly.", "en");
    Tone contracted = tone("Relations between Moscow and Baku aren't friendly.", "en");
    assertThat(plain.positive()).isGreaterThan(0);
    assertThat(negated.positive()).isZero();
    assertThat(negated.negative()).isGreaterThan(0);
    assertThat(contracted.score()).isLessThan(0);
  }

  @Test
  void negatedNegativeCountsAsNeither() {
    Tone t = tone("There was no tension at the meeting.", "en");
    assertThat(t.negative()).isZero();
    assertThat(t.positive()).isZero();
  }

  @Test
  void negationStopsAtPunctuationAndBut() {
    Tone comma = tone("It was not planned, friendly talks followed.", "en");
    assertThat(comma.positive()).isGreaterThan(0);
    Tone but = tone("Not only tense but friendly.", "en");
    assertThat(but.positive()).isGreaterThan(0);
  }

  @Test
  void possessiveAndInflectedFormsMatch() {
    assertThat(tone("Russia's aggression", "en").negative()).isGreaterThan(0);
    assertThat(tone("They attacked.", "en").negative()).isGreaterThan(0);
  }

  @Test
  void stemsDoNotSwallowUnrelatedWords() {
    // "according" must not hit "accord", "United" is not "unite", "helpless" is not "help"
    Tone t = tone("According to the United Nations the village was helpless.", "en");
    assertThat(t.positive()).isZero();
  }

  @Test
  void russianStemsAndNegation() {
    Tone neg = tone("Москва осудила агрессию и обстрелы, напряженность растет.", "ru");
    assertThat(neg.negative()).isGreaterThan(30);
    Tone pos = tone("Стороны подписали соглашение о сотрудничестве и дружбе.", "ru");
    assertThat(pos.positive()).isGreaterThan(30);
    Tone negated = tone("Отношения не дружественные.", "ru");
    assertThat(negated.score()).isLessThan(0);
    Tone unfriendly = tone("Это недружественный шаг.", "ru");
    assertThat(unfriendly.score()).isLessThan(0);
    Tone civilians = tone("Мирные жители", "ru");
    assertThat(civilians.positive()).isZero();
  }

  @Test
  void azerbaijaniLexiconWithPostNegator() {
    Tone pos = tone("Tərəflər sülh və əməkdaşlıq sazişi imzalayıb.", "az");
    assertThat(pos.positive()).isGreaterThan(40);
    Tone neg = tone("Ermənistanın təxribatı gərginliyi artırıb.", "az");
    assertThat(neg.negative()).isGreaterThan(40);
    Tone notFriendly = tone("Bu addım dostcasına deyil.", "az");
    assertThat(notFriendly.score()).isLessThan(0);
    Tone security = tone("Regional təhlükəsizlik", "az");
    assertThat(security.negative()).isZero();
    assertThat(security.positive()).isZero();
  }

  @Test
  void armenianLexicon() {
    Tone neg = tone("Ադրբեջանի ագրեսիան և շրջափակումը դատապարտվեցին։", "hy");
    assertThat(neg.negative()).isGreaterThan(40);
    Tone pos = tone("Խաղաղության և համագործակցության համաձայնագիր", "hy");
    assertThat(pos.positive()).isGreaterThan(50);
    Tone negated = tone("Այդ քայլը բարեկամական չէ։", "hy");
    assertThat(negated.score()).isLessThan(0);
  }

  @Test
  void unknownLanguageUsesAllLexicons() {
    assertThat(tone("агрессия", "und").negative()).isEqualTo(100.0);
    assertThat(tone("aggression", "xx").negative()).isEqualTo(100.0);
  }

  @Test
  void emptyAndJunkInputAreNeutral() {
    assertThat(tone("", "en")).isEqualTo(Tone.NEUTRAL);
    assertThat(tone("12 345 ... !!!", "en")).isEqualTo(Tone.NEUTRAL);
    assertThat(TONE.score("", Tokens.EMPTY, null)).isEqualTo(Tone.NEUTRAL);
    Random r = new Random(7);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append((char) r.nextInt(0x3000));
    }
    String junk = sb.toString() + "😀 שלום ".repeat(50) + "x".repeat(200_000);
    Tone t = tone(junk, "en");
    assertThat(t.score()).isBetween(-100.0, 100.0);
  }

  @Test
  void stageRequiresTokensAndLanguage() {
    assertThatThrownBy(() -> Pipeline.builder().add(TOKENS).add(TONE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("LANGUAGE");
    AnalyzedArticle a = AnalyzedArticle.of(new Article("1", "", "", "", null,
        "A welcome breakthrough."));
    AnalyzedArticle out = TONE.apply(TOKENS.apply(a).withLanguage("en"));
    assertThat(out.tone().positive()).isGreaterThan(60);
  }
}
