package org.caspian.analysis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.junit.jupiter.api.Test;

/** The hand-made leaders_2015_2025.tsv: the role held on the publication date decides the code. */
class DatedLeadersTest {

  private static ActorMention first(String text, LocalDate date) {
    return Actors.find(text, date).get(0);
  }

  private static ActorMention only(String text, String surface, LocalDate date) {
    return Actors.only(Actors.find(text, date), surface);
  }

  @Test
  void countryAndTitleIsTheHeadOfGovernmentOnTheDate() {
    String text = "Britain's Prime Minister said no.";
    // Liz Truss 2022-09-06 to 2022-10-25, then Rishi Sunak.
    ActorMention truss = only(text, "Britain's Prime Minister", LocalDate.of(2022, 10, 1));
    assertThat(truss.name()).isEqualTo("Liz Truss");
    assertThat(truss.code()).isEqualTo("GBRGOV");
    assertThat(only(text, "Britain's Prime Minister", LocalDate.of(2023, 6, 1)).name())
        .isEqualTo("Rishi Sunak");
    // Justin Trudeau until 2025-03-14, then Mark Carney.
    String canada = "Canada's Prime Minister said no.";
    assertThat(only(canada, "Canada's Prime Minister", LocalDate.of(2024, 6, 1)).name())
        .isEqualTo("Justin Trudeau");
    assertThat(only(canada, "Canada's Prime Minister", LocalDate.of(2025, 6, 1)).name())
        .isEqualTo("Mark Carney");
  }

  @Test
  void formerHeadOfGovernmentIsEliteAfterTheRoleEnded() {
    String text = "Justin Trudeau spoke about the summit.";
    assertThat(first(text, LocalDate.of(2025, 3, 14)).code()).isEqualTo("CANGOV");
    ActorMention after = first(text, LocalDate.of(2025, 3, 15));
    assertThat(after.code()).isEqualTo("CANELI");
    assertThat(after.country()).isEqualTo("CAN");
    assertThat(after.type()).isEqualTo(ActorType.PERSON);
  }

  @Test
  void personWithTwoRolesHasTheCodeOfEachAndEliteBetween() {
    String text = "Boris Johnson spoke about the summit.";
    assertThat(first(text, LocalDate.of(2017, 6, 1)).code()).isEqualTo("GBRGOV"); // minister
    assertThat(first(text, LocalDate.of(2019, 1, 1)).code()).isEqualTo("GBRELI"); // between
    assertThat(first(text, LocalDate.of(2020, 6, 1)).code()).isEqualTo("GBRGOV"); // PM
    assertThat(first(text, LocalDate.of(2023, 6, 1)).code()).isEqualTo("GBRELI");
    // Defence minister (FRAMIL) until 2025-09-09, then prime minister (FRAGOV).
    String lecornu = "Sebastien Lecornu spoke about the summit.";
    assertThat(first(lecornu, LocalDate.of(2024, 6, 1)).code()).isEqualTo("FRAMIL");
    assertThat(first(lecornu, LocalDate.of(2025, 10, 1)).code()).isEqualTo("FRAGOV");
  }

  @Test
  void unSecretaryGeneralIsTheUnWhileInOffice() {
    // leaders_2015_2025.tsv: Ban Ki-moon, IGOUNO 2007-01-01 to 2016-12-31. Phoenix also has a
    // "Ban Ki Moon" of Korea; the hand-made row wins.
    ActorMention m = only("Ban Ki-moon spoke about the summit.", "Ban Ki-moon",
        LocalDate.of(2015, 1, 1));
    assertThat(m.name()).isEqualTo("Ban Ki-moon");
    assertThat(m.code()).isEqualTo("IGOUNO");
    assertThat(m.country()).isEmpty();
  }
}
