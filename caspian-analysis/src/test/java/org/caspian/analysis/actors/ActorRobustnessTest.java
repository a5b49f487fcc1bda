package org.caspian.analysis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.caspian.model.ActorMention;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Layer;
import org.junit.jupiter.api.Test;

/** Contract: spans, order, no overlaps, junk input, declared layers. */
class ActorRobustnessTest {
  private static final String NEWS = "Russian President Vladimir Putin and Azerbaijani President"
      + " Ilham Aliyev met in Moscow. The Kremlin said Baku's concerns were heard, while the"
      + " Armenian Foreign Ministry and Yerevan-based analysts doubted it. Poskov told TV the"
      + " Azerbaijan-Russia relationship was strong. Lavrov and Bayramov spoke by phone.";

  @Test
  void declaresItsLayers() {
    assertThat(Actors.STAGE.requires()).containsExactlyInAnyOrder(Layer.SENTENCES, Layer.TOKENS);
    assertThat(Actors.STAGE.provides()).containsExactly(Layer.ACTORS);
    assertThat(Actors.STAGE.name()).isEqualTo("actors");
  }

  @Test
  void spansMatchTextAndAreOrderedWithoutOverlap() {
    AnalyzedArticle a = Actors.analyze(NEWS, LocalDate.of(2023, 10, 1));
    checkInvariants(a);
    assertThat(a.actors()).hasSizeGreaterThan(8);
    assertThat(a.has(Layer.ACTORS)).isTrue();
  }

  @Test
  void isDeterministic() {
    List<ActorMention> first = Actors.find(NEWS, LocalDate.of(2023, 10, 1));
    assertThat(Actors.find(NEWS, LocalDate.of(2023, 10, 1))).isEqualTo(first);
  }

  @Test
  void emptyAndBlankInput() {
    assertThat(Actors.find("", null)).isEmpty();
    assertThat(Actors.find("   \n\t  ", null)).isEmpty();
  }

  @Test
  void unknownDateStillCodesPeople() {
    List<ActorMention> m = Actors.find("Ebrahim Raisi and Aliyev spoke.", null);
    assertThat(Actors.codes(m)).containsExactly("Ebrahim Raisi=IRNGOV", "Aliyev=AZEGOV");
  }

  @Test
  void junkInputNeverThrows() {
    Random random = new Random(42);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append((char) random.nextInt(0x3000));
    }
    checkInvariants(Actors.analyze(sb.toString(), null));
    checkInvariants(Actors.analyze("x".repeat(1_000_000), null));
    checkInvariants(Actors.analyze("Moscow said 🇷🇺🔥 Baku—'s''' -Russia- ..U.S.. 's", null));
    checkInvariants(Actors.analyze("\u05d9\u05e9\u05e8\u05d0\u05dc \u0625\u064a\u0631\u0627\u0646"
        + " Iran \u200f\u200e Israel", null));
    checkInvariants(Actors.analyze("A-B-C-D- -'s ' . . ‑ ’ Kremlin-'s", null));
  }

  @Test
  void worksWithoutSentences() {
    AnalyzedArticle bare = AnalyzedArticle.of(new org.caspian.model.Article("id", "", "", "",
        null, "Moscow said Baku lied."));
    bare = new org.caspian.analysis.token.TokenStage().apply(bare);
    AnalyzedArticle out = Actors.STAGE.apply(bare);
    assertThat(Actors.codes(out.actors())).containsExactly("Moscow=RUSGOV", "Baku=AZEGOV");
  }

  @Test
  void turkishDefaultLocaleChangesNothing() {
    String text = "İRAN VE TÜRKİYE. Iran and Türkiye met; Ilham Aliyev and İlham Əliyev spoke.";
    List<ActorMention> expected = Actors.find(text, LocalDate.of(2024, 1, 1));
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      ActorStage fresh = ActorStage.create();
      List<ActorMention> underTurkish = org.caspian.analysis.Pipeline.builder()
          .add(org.caspian.analysis.sentence.SentenceStage.create())
          .add(new org.caspian.analysis.token.TokenStage()).add(fresh).build()
          .analyze(new org.caspian.model.Article("t", "", "", "", LocalDate.of(2024, 1, 1), text))
          .actors();
      assertThat(underTurkish).isEqualTo(expected);
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(Actors.codes(expected)).containsExactly("İRAN=IRN", "TÜRKİYE=TUR", "Iran=IRN",
        "Türkiye=TUR", "Ilham Aliyev=AZEGOV", "İlham Əliyev=AZEGOV");
  }

  static void checkInvariants(AnalyzedArticle a) {
    String text = a.text();
    int lastEnd = 0;
    for (ActorMention m : a.actors()) {
      assertThat(m.start()).isGreaterThanOrEqualTo(lastEnd);
      assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
      assertThat(m.text()).isEqualTo(text.substring(m.start(), m.end()));
      assertThat(Set.of(m.text().strip())).containsExactly(m.text());
      lastEnd = m.end();
    }
  }
}
