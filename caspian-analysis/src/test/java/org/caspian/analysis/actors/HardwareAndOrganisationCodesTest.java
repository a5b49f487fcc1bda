package org.caspian.analysis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.ActorMention;
import org.junit.jupiter.api.Test;

/** Military hardware stands for its armed forces; organisations carry the conventions' codes. */
class HardwareAndOrganisationCodesTest {
  private static final LocalDate DATE = LocalDate.of(2023, 2, 5);

  @Test
  void aModelDesignationMayStandBetweenTheCountryAndTheHardware() {
    List<ActorMention> m = Actors.find("Turkey shot down a Russian Su-24 bomber, and a U.S. F-22 "
        + "fighter jet downed a balloon.", DATE);
    assertThat(Actors.only(m, "Russian Su-24 bomber").code()).isEqualTo("RUSMIL");
    assertThat(Actors.only(m, "U.S. F-22 fighter jet").code()).isEqualTo("USAMIL");
    // A number that is no designation does not join: "Russian 2024 budget" is no actor phrase.
    assertThat(Actors.codes(Actors.find("The Russian 2024 budget grew.", DATE)))
        .containsExactly("Russian=RUS");
  }

  @Test
  void organisationsUseTheCodesOfTheConventions() {
    List<ActorMention> m = Actors.find("Human Rights Watch, Amnesty International, the "
        + "International Committee of the Red Cross, the African Union and the Arab League "
        + "criticised the European Union and NATO.", DATE);
    assertThat(Actors.codes(m)).contains("Human Rights Watch=NGOHRW",
        "Amnesty International=NGOAMN", "International Committee of the Red Cross=NGOIRC",
        "African Union=IGOAFRAFU", "Arab League=IGOMEAARL", "European Union=IGOEUREEC",
        "NATO=IGOWSTNAT");
  }

  @Test
  void anOrganisationsOfficialTakesTheOrganisationsCodeWithNoRoleAppended() {
    List<ActorMention> m = Actors.find("European Council President Charles Michel hosted the "
        + "talks.", LocalDate.of(2021, 12, 15));
    assertThat(Actors.codes(m)).containsExactly(
        "European Council President Charles Michel=IGOEUREEC");
  }

  @Test
  void regionsWithTheArticleAreNoBlocs() {
    // "the West" is a bloc; "the West Bank" is a territory, not "the West" plus "Bank".
    assertThat(Actors.codes(Actors.find("Israel reimposed blockades in the West Bank and the "
        + "Gaza Strip.", LocalDate.of(2024, 5, 1), ""))).containsExactly("Israel=ISR");
    assertThat(Actors.codes(Actors.find("The West imposed sanctions on Russia.",
        LocalDate.of(2024, 5, 1), ""))).contains("The West=WST");
  }
}
