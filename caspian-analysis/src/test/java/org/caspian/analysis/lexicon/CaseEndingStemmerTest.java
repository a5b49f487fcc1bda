package org.caspian.analysis.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseEndingStemmerTest {
  private final CaseEndingStemmer az = CaseEndingStemmer.bundled("az");
  private final CaseEndingStemmer hy = CaseEndingStemmer.bundled("hy");
  private final CaseEndingStemmer ru = CaseEndingStemmer.bundled("ru");

  @Test
  void azerbaijaniPlaceAndObjectCasesGoBackToTheName() {
    assertThat(az.bases("bakıda")).contains("bakı");
    assertThat(az.bases("bakını")).contains("bakı");
    assertThat(az.bases("bakıdan")).contains("bakı");
    assertThat(az.bases("əliyevin")).contains("əliyev");
    assertThat(az.bases("moskvaya")).contains("moskva");
  }

  @Test
  void azerbaijaniHarmonyIsChecked() {
    // "-də" cannot follow a back vowel, nor "-da" a front one
    assertThat(az.bases("bakıdə")).doesNotContain("bakı");
    assertThat(az.bases("gəncədə")).contains("gəncə");
    assertThat(az.bases("gəncəda")).doesNotContain("gəncə");
    // the buffer n is written after a vowel only
    assertThat(az.bases("əliyevnin")).doesNotContain("əliyev");
  }

  @Test
  void armenianArticleAndCasesGoBackToTheName() {
    assertThat(hy.bases("փաշինյանը")).contains("փաշինյան");
    assertThat(hy.bases("փաշինյանի")).contains("փաշինյան");
    assertThat(hy.bases("մոսկվայում")).contains("մոսկվա");
    assertThat(hy.bases("փաշինյան")).doesNotContain("փաշինյան");
  }

  @Test
  void russianNameEndings() {
    assertThat(ru.bases("пашиняну")).contains("пашинян");
    assertThat(ru.bases("лаврова")).contains("лавров");
  }

  @Test
  void shortBasesAndLanguagesWithoutRules() {
    assertThat(az.bases("da")).isEmpty();
    assertThat(CaseEndingStemmer.bundled("ka").bases("თბილისში")).isEmpty();
  }
}
