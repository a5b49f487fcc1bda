package org.caspian.analysis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * Role nouns on their own (role_nouns.tsv positions "alone" and "bare"): an institution named
 * alone takes the country of the nearest country mention before it, else the outlet's country,
 * and is marked inferred; a bare group has its role as code and no country.
 */
class InferredCountryTest {
  private static final LocalDate DATE = LocalDate.of(2024, 5, 1);

  private static List<ActorMention> find(String text, String source) {
    return Actors.find(text, DATE, source);
  }

  @Test
  void aloneNounTakesTheNearestCountryMentionBeforeIt() {
    List<ActorMention> m = find("Russia warned Baku. Armenia replied, and the Defence Ministry"
        + " said it was ready. The ministry summoned the envoy.", "");
    ActorMention mod = Actors.only(m, "Defence Ministry");
    assertThat(mod.code()).isEqualTo("ARMMIL");
    assertThat(mod.country()).isEqualTo("ARM");
    assertThat(mod.name()).isEqualTo("Armenia Defence Ministry");
    assertThat(mod.type()).isEqualTo(ActorType.INSTITUTION);
    assertThat(mod.inferred()).isTrue();
    // "The ministry" is the ministry named before it.
    ActorMention ministry = Actors.only(m, "ministry");
    assertThat(ministry.code()).isEqualTo("ARMMIL");
    assertThat(ministry.inferred()).isTrue();
  }

  @Test
  void peopleAndCapitalsGiveTheContextCountry() {
    assertThat(Actors.codes(find("Ilham Aliyev spoke. The Foreign Ministry said more.", "")))
        .containsExactly("Ilham Aliyev=AZEGOV", "Foreign Ministry=AZEGOV");
    assertThat(Actors.codes(find("Moscow said no. The Foreign Ministry said more.", "")))
        .containsExactly("Moscow=RUSGOV", "Foreign Ministry=RUSGOV");
  }

  @Test
  void aTitledUnknownPersonTakesTheCountryTheTextIsAbout() {
    List<ActorMention> m = find("Niger's presidential guard detained President Mohamed Bazoum"
        + " on Wednesday.", "");
    ActorMention bazoum = Actors.only(m, "President Mohamed Bazoum");
    assertThat(bazoum.code()).isEqualTo("NERGOV");
    assertThat(bazoum.inferred()).isTrue();
    // With no country before it, the outlet's; with neither, no code.
    assertThat(Actors.only(find("President Mohamed Bazoum was detained.", "TASS"),
        "President Mohamed Bazoum").code()).isEqualTo("RUSGOV");
    assertThat(Actors.only(find("President Mohamed Bazoum was detained.", ""),
        "President Mohamed Bazoum").code()).isEmpty();
    // A title after an institution belongs to it; a director's role is not guessed.
    assertThat(Actors.codes(find("Russia said so. Abzas Media director Ulvi Hasanli was held.",
        ""))).noneMatch(c -> c.contains("Hasanli=RUS"));
  }

  @Test
  void withNothingBeforeItANounTakesTheCityRightAfterIt() {
    assertThat(Actors.codes(find("Police in Yerevan detained dozens of protesters.", "")))
        .contains("Police=ARMCOP");
    // Only the city right after it: "the government building in Yerevan" is a building.
    assertThat(Actors.codes(find("Protesters stormed the government building in Yerevan.", "")))
        .noneMatch(c -> c.startsWith("government"));
  }

  @Test
  void withoutAMentionBeforeItTheOutletCountryIsUsed() {
    ActorMention m = Actors.only(find("The Foreign Ministry said it would respond.", "TASS"),
        "Foreign Ministry");
    assertThat(m.code()).isEqualTo("RUSGOV");
    assertThat(m.country()).isEqualTo("RUS");
    assertThat(m.inferred()).isTrue();
    // Outlet names and forms of outlets.tsv, case-insensitively.
    assertThat(Actors.codes(find("The ministry summoned the envoy.", "Oxu.az")))
        .containsExactly("ministry=AZEGOV");
    assertThat(Actors.codes(find("The ministry summoned the envoy.", "tass")))
        .containsExactly("ministry=RUSGOV");
  }

  @Test
  void aMentionBeforeItWinsOverTheOutlet() {
    List<ActorMention> m = find("Armenia protested. The Foreign Ministry said it would respond.",
        "TASS");
    assertThat(Actors.only(m, "Foreign Ministry").code()).isEqualTo("ARMGOV");
  }

  @Test
  void mentionsAfterItDoNotCount() {
    List<ActorMention> m = find("The Foreign Ministry said Armenia was wrong.", "TASS");
    assertThat(Actors.codes(m)).containsExactly("Foreign Ministry=RUSGOV", "Armenia=ARM");
  }

  @Test
  void organisationsAndOutletsGiveNoContextCountry() {
    assertThat(Actors.codes(find("NATO warned. TASS reported. The Foreign Ministry said.", "")))
        .containsExactly("NATO=IGOWSTNAT", "TASS=RUSMED");
    assertThat(Actors.codes(find("NATO warned. TASS reported. The Foreign Ministry said.",
        "APA"))).containsExactly("NATO=IGOWSTNAT", "TASS=RUSMED", "Foreign Ministry=AZEGOV");
  }

  @Test
  void noCountryKnownIsNoActor() {
    assertThat(find("The Foreign Ministry said it would respond.", "")).isEmpty();
    assertThat(find("The ministry summoned the envoy.", "Unknown Daily")).isEmpty();
  }

  @Test
  void aCountryWrittenNextToTheNounIsNotInferred() {
    List<ActorMention> m = find("The Russian Foreign Ministry and the Foreign Ministry of"
        + " Azerbaijan met.", "TASS");
    assertThat(Actors.codes(m)).containsExactly("Russian Foreign Ministry=RUSGOV",
        "Foreign Ministry of Azerbaijan=AZEGOV");
    assertThat(m).noneMatch(ActorMention::inferred);
  }

  @Test
  void armedGroupOnItsOwnTakesTheCountryOfTheTextBeforeIt() {
    List<ActorMention> m = find("Russia said insurgents attacked. Militants fled.", "TASS");
    assertThat(Actors.codes(m)).containsExactly("Russia=RUS", "insurgents=RUSREB",
        "Militants=RUSREB");
    ActorMention insurgents = m.get(1);
    assertThat(insurgents.country()).isEqualTo("RUS");
    assertThat(insurgents.inferred()).isTrue();
  }

  @Test
  void sideTakenIsNotTheCountry() {
    // "pro-Russian" says whom the separatists side with; they operate in Ukraine (Phoenix practice).
    List<ActorMention> m = find("Ukraine accused pro-Russian separatists of shelling Donetsk.",
        "Unknown Daily");
    assertThat(Actors.codes(m)).containsExactly("Ukraine=UKR", "separatists=UKRREB");
    assertThat(find("Anti-Western protesters rallied in Tbilisi after Georgia's vote.",
        "Unknown Daily")).extracting(ActorMention::code).doesNotContain("WSTCVL", "WST");
  }

}
