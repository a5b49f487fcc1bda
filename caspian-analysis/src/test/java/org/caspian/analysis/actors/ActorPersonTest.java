package org.caspian.analysis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.junit.jupiter.api.Test;

/** People: titles in the span, dated roles, family names, misspellings, unknown names. */
class ActorPersonTest {

  @Test
  void familyNameStaysWithTheArticleSpeakerWhenAnOfficialIsNamedInPassing() {
    String text = "Russian talk shows are quieter now, political commentator Ramiz Aliyev argues."
        + " Speaking to a Baku radio station, Aliyev pointed to the peace talks."
        + " President Ilham Aliyev's course is steady, the commentator went on."
        + " Aliyev added that trade routes will decide the next decade.";
    List<ActorMention> m = Actors.find(text, LocalDate.of(2025, 7, 1));
    List<ActorMention> people = m.stream().filter(a -> a.type() == ActorType.PERSON).toList();
    assertThat(people).extracting(ActorMention::text)
        .containsExactly("political commentator Ramiz Aliyev", "Aliyev", "President Ilham Aliyev",
            "Aliyev");
    assertThat(people.get(0).name()).isEqualTo("Ramiz Aliyev");
    assertThat(people.get(0).code()).isEmpty();
    assertThat(people.get(0).country()).isEmpty();
    assertThat(people.get(1).name()).isEqualTo("Ramiz Aliyev");
    assertThat(people.get(1).code()).isEmpty();
    assertThat(people.get(2).name()).isEqualTo("Ilham Aliyev");
    assertThat(people.get(2).code()).isEqualTo("AZEGOV");
    assertThat(people.get(3).name()).isEqualTo("Ramiz Aliyev");
  }

  @Test
  void untitledFullNameTakesTheFamilyNameOver() {
    String text = "Political commentator Ramiz Aliyev spoke first. Then Ilham Aliyev addressed the"
        + " forum. Aliyev said the war was over.";
    List<ActorMention> m = Actors.find(text, LocalDate.of(2025, 7, 1));
    assertThat(Actors.only(m, "Aliyev").name()).isEqualTo("Ilham Aliyev");
  }

  @Test
  void familyNameAloneFallsBackToTheOfficeHolderAtTheDate() {
    ActorMention m = Actors.only(Actors.find("Aliyev said the talks went well.",
        LocalDate.of(2020, 5, 1)), "Aliyev");
    assertThat(m.name()).isEqualTo("Ilham Aliyev");
    assertThat(m.code()).isEqualTo("AZEGOV");
    ActorMention old = Actors.only(Actors.find("Aliyev said the talks went well.",
        LocalDate.of(1999, 5, 1)), "Aliyev");
    assertThat(old.name()).isEqualTo("Heydar Aliyev");
  }

  @Test
  void titlesBelongToTheSpan() {
    String text = "Russian Foreign Minister Sergey Lavrov met Kremlin spokesman Dmitry Peskov and"
        + " President Ilham Aliyev.";
    List<ActorMention> m = Actors.find(text, LocalDate.of(2024, 3, 1));
    assertThat(Actors.codes(m)).containsExactly(
        "Russian Foreign Minister Sergey Lavrov=RUSGOV",
        "Kremlin spokesman Dmitry Peskov=RUSGOV",
        "President Ilham Aliyev=AZEGOV");
    assertThat(m).allMatch(a -> a.type() == ActorType.PERSON);
    assertThat(m.get(1).name()).isEqualTo("Dmitry Peskov");
  }

  @Test
  void titleWithFamilyNameOnly() {
    ActorMention m = Actors.only(Actors.find("Foreign Minister Lavrov rejected the claim.",
        LocalDate.of(2023, 1, 1)), "Foreign Minister Lavrov");
    assertThat(m.name()).isEqualTo("Sergey Lavrov");
  }

  @Test
  void raisiIsGovernmentOnlyWhileInOffice() {
    String text = "Ebrahim Raisi spoke about the border.";
    ActorMention in2022 = Actors.find(text, LocalDate.of(2022, 6, 1)).get(0);
    assertThat(in2022.code()).isEqualTo("IRNGOV");
    ActorMention in2025 = Actors.find(text, LocalDate.of(2025, 6, 1)).get(0);
    assertThat(in2025.code()).isEqualTo("IRNELI");
    assertThat(in2025.country()).isEqualTo("IRN");
    assertThat(in2025.type()).isEqualTo(ActorType.PERSON);
  }

  @Test
  void trumpHasTwoTerms() {
    String text = "Donald Trump commented on the summit.";
    assertThat(Actors.find(text, LocalDate.of(2019, 1, 1)).get(0).code()).isEqualTo("USAGOV");
    assertThat(Actors.find(text, LocalDate.of(2023, 1, 1)).get(0).code()).isEqualTo("USAELI");
    assertThat(Actors.find(text, LocalDate.of(2025, 3, 1)).get(0).code()).isEqualTo("USAGOV");
  }

  @Test
  void beforeTheFirstRoleOnlyTheCountry() {
    ActorMention m = Actors.find("Nikol Pashinyan led the protests.", LocalDate.of(2016, 1, 1))
        .get(0);
    assertThat(m.code()).isEqualTo("ARM");
    ActorMention pm = Actors.find("Nikol Pashinyan led the talks.", LocalDate.of(2019, 1, 1))
        .get(0);
    assertThat(pm.code()).isEqualTo("ARMGOV");
  }

  @Test
  void misspeltFamilyNameIsMatched() {
    ActorMention m = Actors.only(Actors.find("\"The call went well,\" Poskov told journalists.",
        LocalDate.of(2023, 10, 1)), "Poskov");
    assertThat(m.name()).isEqualTo("Dmitry Peskov");
    assertThat(m.code()).isEqualTo("RUSGOV");
  }

  @Test
  void shortOrLowerCaseWordsAreNotFuzzyMatched() {
    assertThat(Actors.find("The poskov and Putni were mentioned.", LocalDate.of(2023, 1, 1)))
        .isEmpty();
  }

  @Test
  void countryAndTitleResolveToTheOfficeHolder() {
    List<ActorMention> m = Actors.find("Armenia's Foreign Minister responded to the remarks.",
        LocalDate.of(2025, 7, 4));
    ActorMention fm = Actors.only(m, "Armenia's Foreign Minister");
    assertThat(fm.name()).isEqualTo("Ararat Mirzoyan");
    assertThat(fm.code()).isEqualTo("ARMGOV");
  }

  @Test
  void countryAndTitleWithoutHolderIsACodedPerson() {
    ActorMention m = Actors.only(Actors.find("The Russian ambassador was summoned.",
        LocalDate.of(2025, 7, 4)), "Russian ambassador");
    assertThat(m.code()).isEqualTo("RUSGOV");
    assertThat(m.type()).isEqualTo(ActorType.PERSON);
  }

  @Test
  void unknownNameAfterStatedCountryAndTitleGetsThatCountry() {
    ActorMention m = Actors.only(Actors.find(
        "Armenian Deputy Foreign Minister Vahan Kostanyan arrived.", LocalDate.of(2024, 1, 1)),
        "Armenian Deputy Foreign Minister Vahan Kostanyan");
    assertThat(m.name()).isEqualTo("Vahan Kostanyan");
    assertThat(m.country()).isEqualTo("ARM");
    assertThat(m.code()).isEqualTo("ARMGOV");
  }

  @Test
  void cueWithStatedCountryCodesTheUnknownPerson() {
    List<ActorMention> m = Actors.find("Azerbaijani analyst Tural Huseynov and Russian billionaire"
        + " Oleg Petrov disagreed with analyst Nora Vance.", LocalDate.of(2025, 7, 4));
    assertThat(Actors.codes(m)).containsExactly("Azerbaijani analyst Tural Huseynov=AZEELI",
        "Russian billionaire Oleg Petrov=RUSBUS", "analyst Nora Vance=");
    assertThat(m.get(0).name()).isEqualTo("Tural Huseynov");
    assertThat(m.get(2).country()).isEmpty();
  }

  @Test
  void unknownNamesWithFamilyNameEndingsArePeople() {
    List<ActorMention> m = Actors.find("Oligarchs such as Araz Agalarov and Zarakh Iliev kept"
        + " close ties, while Samvel Karapetyan was arrested.", LocalDate.of(2025, 7, 4));
    assertThat(m).extracting(ActorMention::text)
        .containsExactly("Araz Agalarov", "Zarakh Iliev", "Samvel Karapetyan");
    assertThat(Actors.only(m, "Araz Agalarov").type()).isEqualTo(ActorType.PERSON);
    assertThat(Actors.only(m, "Araz Agalarov").code()).isEmpty();
    assertThat(Actors.only(m, "Samvel Karapetyan").code()).isEqualTo("ARMBUS");
  }

  @Test
  void personPossessiveSpanExcludesTheApostrophe() {
    List<ActorMention> m = Actors.find("Ilham Aliyev's family has ties to Moscow.",
        LocalDate.of(2025, 7, 4));
    assertThat(Actors.codes(m)).containsExactly("Ilham Aliyev=AZEGOV");
  }

  @Test
  void roleNounAfterPossessivePersonBelongsToTheirCountry() {
    List<ActorMention> m = Actors.find("Pashinyan's government rejected the claims.",
        LocalDate.of(2025, 7, 4));
    assertThat(Actors.codes(m)).containsExactly("Pashinyan's government=ARMGOV");
    assertThat(m.get(0).type()).isEqualTo(ActorType.GOVERNMENT);
    List<ActorMention> groups = Actors.find("Trump's supporters and Putin's troops.",
        LocalDate.of(2025, 7, 4));
    assertThat(Actors.codes(groups)).containsExactly("Trump=USAGOV", "Putin's troops=RUSMIL");
  }

  @Test
  void familyNameFollowedByAnotherNameIsAnUnknownPerson() {
    List<ActorMention> m = Actors.find("Reporters asked Costa Gavras about the film.",
        LocalDate.of(2025, 7, 4));
    assertThat(Actors.only(m, "Costa Gavras").code()).isEmpty();
  }

  @Test
  void lookupPersonByAnySpelling() {
    ActorDictionary d = Actors.STAGE.dictionary();
    assertThat(d.lookupPerson("İlham Əliyev", LocalDate.of(2024, 1, 1)))
        .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("AZEGOV"));
    assertThat(d.lookupPerson("Ильхам Алиев", null))
        .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Ilham Aliyev"));
    assertThat(d.lookupPerson("Raisi", LocalDate.of(2022, 1, 1)))
        .hasValueSatisfying(p -> assertThat(p.title()).isEqualTo("president"));
    assertThat(d.lookupPerson("Nobody Known", null)).isEmpty();
  }
}
