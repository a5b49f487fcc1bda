package org.caspian.analysis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * Names of two or more words match whatever their case; a single word matches case-insensitively
 * only in ALL CAPS, so ordinary lower-case words stay words.
 */
class CaseInsensitiveNamesTest {
  private static final LocalDate DATE = LocalDate.of(2024, 5, 1);

  private static List<ActorMention> find(String text) {
    return Actors.find(text, DATE);
  }

  @Test
  void lowerCaseMultiWordOrganisationNamesAreFound() {
    List<ActorMention> m = find("Both the united nations and the european union replied, as did"
        + " the world bank.");
    assertThat(Actors.codes(m)).containsExactly("united nations=IGOUNO",
        "european union=IGOEUREEC", "world bank=IGOWBK");
    assertThat(m.get(0).name()).isEqualTo("United Nations");
    assertThat(m).allMatch(a -> a.type() == ActorType.ORGANIZATION);
  }

  @Test
  void generatedNamesMatchInAnotherCaseOnlyWhenCapitalised() {
    // "Red Line" is an armed group in the generated Phoenix table; in prose it is a phrase.
    assertThat(Actors.codes(find("Tehran said the corridor was a red line for Iran.")))
        .containsExactly("Tehran=IRNGOV", "Iran=IRN");
    assertThat(Actors.codes(find("Red Line claimed the bombing."))).contains("Red Line=GRCREB");
  }

  @Test
  void mixedAndAllCapsMultiWordNamesAreFound() {
    List<ActorMention> m = find("The United nations and the EUROPEAN UNION replied.");
    assertThat(Actors.codes(m)).containsExactly("United nations=IGOUNO",
        "EUROPEAN UNION=IGOEUREEC");
  }

  @Test
  void lowerCaseAndAllCapsPersonNamesAreFound() {
    List<ActorMention> m = find("Reporters asked ilham aliyev, and then VLADIMIR PUTIN, about it.");
    assertThat(Actors.codes(m)).containsExactly("ilham aliyev=AZEGOV",
        "VLADIMIR PUTIN=RUSGOV");
    assertThat(m.get(0).name()).isEqualTo("Ilham Aliyev");
    assertThat(m).allMatch(a -> a.type() == ActorType.PERSON);
  }

  @Test
  void singleWordNamesAreNotMatchedInLowerCase() {
    assertThat(find("They spoke of nato, russia, the kremlin and china over turkey.")).isEmpty();
    assertThat(find("They spoke of aliyev and putin.")).isEmpty();
  }

  @Test
  void singleWordNamesAreMatchedAsWrittenOrInCapitals() {
    assertThat(Actors.codes(find("NATO and Russia spoke, then RUSSIA and the Kremlin.")))
        .containsExactly("NATO=IGOWSTNAT", "Russia=RUS", "RUSSIA=RUS", "Kremlin=RUSGOV");
  }
}
