package org.caspian.analysis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * People of the generated people_phoenix.tsv: found by full name, by family name alone only after
 * their full name in the same article (every generated row says "-"), never over a hand-made
 * person.
 */
class PhoenixPeopleTest {

  @Test
  void generatedPersonIsFoundByFullName() {
    ActorMention m = Actors.only(Actors.find("Kurt Waldheim said the talks went well.",
        LocalDate.of(1990, 1, 1)), "Kurt Waldheim");
    assertThat(m.code()).isEqualTo("AUTGOV");
    assertThat(m.type()).isEqualTo(ActorType.PERSON);
  }

  @Test
  void familyNameAloneIsNotMatchedWhenTheRowSaysDash() {
    // people_phoenix.tsv: "Kurt Waldheim ... -": no family name of its own.
    LocalDate date = LocalDate.of(1990, 1, 1);
    assertThat(Actors.find("Waldheim said the talks went well.", date)).isEmpty();
    List<ActorMention> titled = Actors.find("President Waldheim said the talks went well.", date);
    assertThat(titled).noneMatch(a -> a.name().equals("Kurt Waldheim")
        || a.country().equals("AUT"));
  }

  @Test
  void familyNameAloneRefersToAGeneratedPersonOnlyAfterHisFullName() {
    // Every generated row says "-": "Karzai" alone is nobody, but after "Hamid Karzai" in the
    // same article it is him.
    LocalDate date = LocalDate.of(2010, 1, 1);
    assertThat(Actors.find("Karzai said the talks went well.", date))
        .noneMatch(a -> a.name().equals("Hamid Karzai"));
    List<ActorMention> m = Actors.find("Hamid Karzai arrived on Monday. Karzai said the talks "
        + "went well.", date);
    ActorMention later = Actors.only(m, "Karzai");
    assertThat(later.name()).isEqualTo("Hamid Karzai");
    assertThat(later.code()).isEqualTo("AFGGOV");
  }

  @Test
  void handMadePersonWinsOverTheGeneratedFamilyNames() {
    List<ActorMention> m = Actors.find("Azerbaijani Ambassador Rahman Mustafayev was summoned.",
        LocalDate.of(2025, 7, 1));
    assertThat(Actors.codes(m))
        .containsExactly("Azerbaijani Ambassador Rahman Mustafayev=AZEGOV");
    assertThat(m.get(0).name()).isEqualTo("Rahman Mustafayev");
    assertThat(m.get(0).type()).isEqualTo(ActorType.PERSON);
  }

  @Test
  void handMadeRolesWinOverTheGeneratedOnes() {
    // people_phoenix.tsv has Angela Merkel as DEUGOV from 2005 with no end; the hand-made
    // leaders_2015_2025.tsv ends her role on 2021-12-08.
    String text = "Angela Merkel spoke about the summit.";
    assertThat(Actors.find(text, LocalDate.of(2020, 6, 1)).get(0).code()).isEqualTo("DEUGOV");
    assertThat(Actors.find(text, LocalDate.of(2023, 6, 1)).get(0).code()).isEqualTo("DEUELI");
  }

  @Test
  void titleAndGivenNameAloneIsNotAnIraqiOfficial() {
    List<ActorMention> m = Actors.find("Ambassador Rahman met the minister.",
        LocalDate.of(2025, 7, 1));
    assertThat(m).noneMatch(a -> a.country().equals("IRQ"));
  }
}
