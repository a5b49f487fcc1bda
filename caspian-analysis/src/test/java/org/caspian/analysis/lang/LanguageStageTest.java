package org.caspian.analysis.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageStageTest {
  private LanguageStage stage;

  @BeforeAll
  void load() {
    stage = LanguageStage.create();
  }

  @Test
  void detects_the_eight_target_languages() {
    assertThat(stage.detect("The Russian Foreign Ministry summoned Azerbaijan's ambassador on Monday."))
        .isEqualTo("en");
    assertThat(stage.detect("Министерство иностранных дел России вызвало посла Азербайджана."))
        .isEqualTo("ru");
    assertThat(stage.detect("Міністерство закордонних справ України викликало посла Росії."))
        .isEqualTo("uk");
    assertThat(stage.detect("Azərbaycan Xarici İşlər Nazirliyi Rusiyanın səfirini çağırıb."))
        .isEqualTo("az");
    assertThat(stage.detect("Dışişleri Bakanlığı Rusya büyükelçisini bakanlığa çağırdı."))
        .isEqualTo("tr");
    assertThat(stage.detect("Հայաստանի արտաքին գործերի նախարարությունը հայտարարություն է տարածել։"))
        .isEqualTo("hy");
    assertThat(stage.detect("საქართველოს საგარეო საქმეთა სამინისტრომ განცხადება გაავრცელა."))
        .isEqualTo("ka");
    assertThat(stage.detect("وزارت امور خارجه ایران سفیر آذربایجان را احضار کرد."))
        .isEqualTo("fa");
  }

  @Test
  void no_letters_is_undetermined() {
    assertThat(stage.detect("")).isEqualTo("und");
    assertThat(stage.detect("2025-06-30 12:00 ... !!!")).isEqualTo("und");
  }
}
