package org.caspian.analysis.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SentenceStageTest {
  private final SentenceStage stage = SentenceStage.create();

  private List<String> split(String text) {
    return stage.split(text).stream().map(s -> s.of(text)).collect(Collectors.toList());
  }

  @Test
  void abbreviations_and_initials_do_not_end_sentences() {
    assertThat(split("Dr. Lusine Gevorgyan met Gen. Ivanov in the U.S. capital on Monday. "
        + "I. Aliyev later said the talks went well."))
        .containsExactly(
            "Dr. Lusine Gevorgyan met Gen. Ivanov in the U.S. capital on Monday.",
            "I. Aliyev later said the talks went well.");
  }

  @Test
  void quotes_and_question_marks_end_sentences_and_spans_are_trimmed() {
    assertThat(split("  \"We will respond,\" he noted. Is that a threat? Baku did not say!  "))
        .containsExactly("\"We will respond,\" he noted.", "Is that a threat?", "Baku did not say!");
  }

  @Test
  void russian_abbreviation_and_armenian_full_stop() {
    assertThat(split("Встреча прошла в г. Москва 28 июня. Стороны обсудили ситуацию."))
        .containsExactly("Встреча прошла в г. Москва 28 июня.", "Стороны обсудили ситуацию.");
    assertThat(split("Հայաստանը պատրաստ է։ Բանակցությունները շարունակվում են։"))
        .hasSize(2);
  }

  @Test
  void line_breaks_separate_headlines_from_body() {
    assertThat(split("Baku Summons Russian Envoy\nThe ministry summoned the ambassador."))
        .containsExactly("Baku Summons Russian Envoy", "The ministry summoned the ambassador.");
  }

  @Test
  void empty_and_blank_give_nothing() {
    assertThat(split("")).isEmpty();
    assertThat(split(" \n\t ")).isEmpty();
  }
}
