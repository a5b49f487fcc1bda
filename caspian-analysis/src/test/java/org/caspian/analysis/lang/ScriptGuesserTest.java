package org.caspian.analysis.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptGuesserTest {
  private final ScriptGuesser guesser = new ScriptGuesser();

  @Test
  void decisive_letters_decide() {
    assertThat(guesser.guess("Президент заявил, что отношения с Баку остаются сложными.")).isEqualTo("ru");
    assertThat(guesser.guess("Президент заявив, що ситуація залишається складною.")).isEqualTo("uk");
    assertThat(guesser.guess("Prezident bəyanat verib.")).isEqualTo("az");
    assertThat(guesser.guess("The ministry said that the talks in Baku were useful for both sides."))
        .isEqualTo("en");
  }

  @Test
  void ambiguous_text_is_left_to_lingua() {
    // Cyrillic with neither Russian-only nor Ukrainian-only letters.
    assertThat(guesser.guess("Президент Азербайджана")).isNull();
    // Turkish letters keep the English shortcut away, and Turkish has no schwa.
    assertThat(guesser.guess("Dışişleri Bakanlığı açıklama yaptı ve the of and")).isNull();
    // Too few words to judge English.
    assertThat(guesser.guess("Baku Moscow")).isNull();
  }

  @Test
  void no_letters_is_undetermined() {
    assertThat(guesser.guess("12:30 — 2025")).isEqualTo("und");
  }
}
