package org.caspian.analysis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.junit.jupiter.api.Test;

/** Countries, demonyms, composed institutions, organisations and outlets. */
class ActorCountryTest {
  private static final LocalDate DATE = LocalDate.of(2025, 7, 4);

  private static List<ActorMention> find(String text) {
    return Actors.find(text, DATE);
  }

  @Test
  void twoDemonymsJoinedByAndShareTheRoleNounOrTitleAfterThem() {
    LocalDate d = LocalDate.of(2020, 10, 10);
    assertThat(Actors.codes(Actors.find("Russian and Ukrainian officials met.", d)))
        .containsExactly("Russian=RUSGOV", "Ukrainian officials=UKRGOV");
    assertThat(Actors.codes(Actors.find("Lavrov hosted his Armenian and Azerbaijani "
        + "counterparts.", d))).containsExactly("Lavrov=RUSGOV", "Armenian=ARMGOV",
        "Azerbaijani counterparts=AZEGOV");
    // With no role noun after the second, each demonym stays its country.
    assertThat(Actors.codes(Actors.find("Russian and Turkish interests clashed.", d)))
        .containsExactly("Russian=RUS", "Turkish=TUR");
  }

  @Test
  void countryAndDemonymAreTheCountry() {
    List<ActorMention> m = find("Russia warned that Russian and Azeri officials would meet.");
    assertThat(m.get(0).code()).isEqualTo("RUS");
    assertThat(m.get(0).type()).isEqualTo(ActorType.COUNTRY);
    assertThat(m.get(0).name()).isEqualTo("Russia");
    // "Russian and Azeri officials": both demonyms share "officials".
    assertThat(Actors.codes(m))
        .containsExactly("Russia=RUS", "Russian=RUSGOV", "Azeri officials=AZEGOV");
  }

  @Test
  void longestMatchPrefersTheInstitutionOverTheDemonym() {
    List<ActorMention> m = find("The Russian Foreign Ministry summoned the Azerbaijani"
        + " ambassador, and the Foreign Ministry of Azerbaijan protested.");
    ActorMention mfa = Actors.only(m, "Russian Foreign Ministry");
    assertThat(mfa.code()).isEqualTo("RUSGOV");
    assertThat(mfa.type()).isEqualTo(ActorType.INSTITUTION);
    assertThat(Actors.only(m, "Foreign Ministry of Azerbaijan").code()).isEqualTo("AZEGOV");
    assertThat(m).noneMatch(a -> a.text().equals("Russian"));
  }

  @Test
  void groupsOfPeopleAreCountryWithARole() {
    List<ActorMention> m = find("The Azerbaijani diaspora and Russian peacekeepers were named,"
        + " as was the Russian peacekeeping contingent, while Armenians and Russians protested.");
    assertThat(Actors.codes(m)).containsExactly("Azerbaijani diaspora=AZECVL",
        "Russian peacekeepers=RUSMIL", "Russian peacekeeping contingent=RUSMIL",
        "Armenians=ARMCVL", "Russians=RUSCVL");
    assertThat(m.get(0).type()).isEqualTo(ActorType.COUNTRY);
    assertThat(m.get(1).type()).isEqualTo(ActorType.INSTITUTION);
  }

  @Test
  void namedInstitutionsAndOrganisations() {
    List<ActorMention> m = find("The FSB and the State Duma, the OSCE Minsk Group and the UN"
        + " Security Council, NATO and the CSTO all commented.");
    assertThat(Actors.codes(m)).containsExactly("FSB=RUSSPY", "State Duma=RUSLEG",
        "OSCE Minsk Group=IGOOSCMNG", "UN Security Council=IGOUNOSEC", "NATO=IGOWSTNAT",
        "CSTO=IGOCST");
    assertThat(Actors.only(m, "NATO").country()).isEmpty();
    assertThat(Actors.only(m, "NATO").type()).isEqualTo(ActorType.ORGANIZATION);
  }

  @Test
  void outletsAreMedia() {
    List<ActorMention> m = find("In an interview with Oxu.Az, he cited TASS, Sputnik Azerbaijan"
        + " and news.am.");
    assertThat(Actors.codes(m)).containsExactly("Oxu.Az=AZEMED", "TASS=RUSMED",
        "Sputnik Azerbaijan=RUSMED", "news.am=ARMMED");
    assertThat(m).allMatch(a -> a.type() == ActorType.MEDIA);
  }

  @Test
  void variantsOfTurkeyAndTheUnitedStates() {
    List<ActorMention> m = find("Türkiye, Turkey and the United States of America, the U.S. and"
        + " the US agreed.");
    assertThat(Actors.codes(m)).containsExactly("Türkiye=TUR", "Turkey=TUR",
        "United States of America=USA", "U.S.=USA", "US=USA");
  }

  @Test
  void lowerCaseTurkeyIsABird() {
    assertThat(find("They ate turkey and georgia peaches.")).isEmpty();
  }

  @Test
  void allCapsHeadlineIsMatched() {
    List<ActorMention> m = find("TÜRKİYE AND RUSSIA WARN ARMENIA");
    assertThat(Actors.codes(m)).containsExactly("TÜRKİYE=TUR", "RUSSIA=RUS", "ARMENIA=ARM");
    List<ActorMention> h = Actors.find("ALIYEV MEETS PUTIN IN MOSCOW", LocalDate.of(2024, 4, 22));
    assertThat(Actors.codes(h)).containsExactly("ALIYEV=AZEGOV", "PUTIN=RUSGOV");
  }

  @Test
  void hyphenatedPairsAreTwoMentions() {
    List<ActorMention> m = find("The Azerbaijan-Russia relationship and Russian-Armenian ties"
        + " were discussed.");
    assertThat(Actors.codes(m)).containsExactly("Azerbaijan=AZE", "Russia=RUS", "Russian=RUS",
        "Armenian=ARM");
  }

  @Test
  void regionsAreNotActors() {
    assertThat(find("Peace in the South Caucasus and Nagorno-Karabakh is fragile.")).isEmpty();
  }

  @Test
  void everyCountryInTheFileIsFoundByName() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        ActorStage.class.getResourceAsStream("countries.tsv"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    }
    assertThat(rows).hasSize(197);
    for (String[] row : rows) {
      List<ActorMention> m = find("We spoke about " + row[1] + " yesterday.");
      assertThat(m).as(row[1]).hasSize(1);
      assertThat(m.get(0).code()).as(row[1]).isEqualTo(row[0]);
      assertThat(m.get(0).text()).as(row[1]).isEqualTo(row[1]);
    }
  }
}
