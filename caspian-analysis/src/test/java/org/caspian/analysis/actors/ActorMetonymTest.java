package org.caspian.analysis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.junit.jupiter.api.Test;

/** Capitals and seats of power: the government when they act, nothing when they are places. */
class ActorMetonymTest {
  private static final LocalDate DATE = LocalDate.of(2025, 7, 4);

  private static List<ActorMention> find(String text) {
    return Actors.find(text, DATE);
  }

  @Test
  void capitalAsSubjectIsTheGovernment() {
    List<ActorMention> m = find("Moscow said on Monday that Baku accused it of provocations.");
    assertThat(Actors.codes(m)).containsExactly("Moscow=RUSGOV", "Baku=AZEGOV");
    assertThat(m.get(0).type()).isEqualTo(ActorType.GOVERNMENT);
    assertThat(m.get(0).country()).isEqualTo("RUS");
  }

  @Test
  void kremlinIsTheGovernmentUnlessItIsThePlace() {
    List<ActorMention> m = find("The talks took place in the Kremlin, and the Kremlin said later"
        + " that no deal was reached, citing the Kremlin's own sources.");
    assertThat(Actors.codes(m)).containsExactly("Kremlin=RUSGOV", "Kremlin=RUSGOV");
    assertThat(m.get(0).start()).isGreaterThan(40);
  }

  @Test
  void capitalAsModifierIsNoActor() {
    assertThat(find("Police raided the Baku office of the agency.")).isEmpty();
    List<ActorMention> m = find("Officials said that Baku would retaliate.");
    assertThat(Actors.codes(m)).containsExactly("Baku=AZEGOV");
  }

  @Test
  void recipientAfterToIsTheGovernment() {
    List<ActorMention> m = find("The ministry apologised to Moscow after the incident.");
    assertThat(Actors.codes(m)).containsExactly("Moscow=RUSGOV");
  }

  @Test
  void countryAsLocationOrTerritoryIsNoActor() {
    assertThat(find("Russian nationals held in Azerbaijan crossed into Georgia over Russian"
        + " airspace near the Armenia-Azerbaijan border.")).extracting(ActorMention::text)
        .containsExactly("Russian nationals");
    List<ActorMention> m = find("Azerbaijan apologised to Armenia, and in Russia's view this"
        + " matters.");
    assertThat(Actors.codes(m)).containsExactly("Azerbaijan=AZE", "Armenia=ARM", "Russia=RUS");
  }

  @Test
  void roleNounWithCapitalAfterIn() {
    List<ActorMention> m = find("The government in Yerevan said the army in Russia was ready, as"
        + " did political circles in Moscow.");
    assertThat(Actors.codes(m)).containsExactly("government in Yerevan=ARMGOV");
  }

  @Test
  void capitalAfterPlacePrepositionIsNoActor() {
    List<ActorMention> m = find("The delegation arrived in Moscow, flew from Yerevan to Baku and"
        + " later held talks near Tehran.");
    assertThat(m).isEmpty();
  }

  @Test
  void placeCompoundAndPlaceNounAreNoActor() {
    assertThat(find("A Moscow-based analyst spoke to a Baku-born writer.")).isEmpty();
    assertThat(find("Officials in the Moscow region were told to wait.")).isEmpty();
    assertThat(find("Roadworks on the territory of Baku ended.")).isEmpty();
  }

  @Test
  void possessiveCapitalIsTheGovernmentEvenAfterPreposition() {
    List<ActorMention> m = find("Analysts doubt Yerevan's position and see a change in Moscow's"
        + " policy.");
    assertThat(Actors.codes(m)).containsExactly("Yerevan=ARMGOV", "Moscow=RUSGOV");
  }

  @Test
  void responseFromCapitalIsTheGovernment() {
    List<ActorMention> m = find("The response from Baku was swift, and pressure from Moscow grew.");
    assertThat(Actors.codes(m)).containsExactly("Baku=AZEGOV", "Moscow=RUSGOV");
  }

  @Test
  void coordinatedPlacesStayPlaces() {
    assertThat(find("Protests were held in Moscow and Baku last week.")).isEmpty();
    List<ActorMention> m = find("Talks between Baku and Yerevan resumed.");
    assertThat(Actors.codes(m)).containsExactly("Baku=AZEGOV", "Yerevan=ARMGOV");
  }

  @Test
  void visitingACapitalIsAPlace() {
    List<ActorMention> m = find("Erdogan visited Baku, where Ankara signed a new agreement.");
    assertThat(Actors.codes(m)).containsExactly("Erdogan=TURGOV", "Ankara=TURGOV");
  }

  @Test
  void capitalWithRoleNounIsOneInstitution() {
    List<ActorMention> m = find("The Baku Ministry of Defense denied the report.");
    ActorMention mod = Actors.only(m, "Baku Ministry of Defense");
    assertThat(mod.code()).isEqualTo("AZEMIL");
    assertThat(mod.type()).isEqualTo(ActorType.INSTITUTION);
  }

  @Test
  void russianPrepositionMakesAPlace() {
    List<ActorMention> m = find("В Москве прошли переговоры. Москва заявила о готовности.");
    assertThat(Actors.codes(m)).containsExactly("Москва=RUSGOV");
  }

  @Test
  void impersonalSpeechVerbKeepsTheActor() {
    List<ActorMention> m = find("В Кремле заявили, что в Москве ждут ответа. В Баку заявили об"
        + " отказе. Bakıda bildirilib ki, danışıqlar davam edəcək.");
    assertThat(Actors.codes(m)).containsExactly("Кремле=RUSGOV", "Баку=AZEGOV", "Bakıda=AZEGOV");
  }

  @Test
  void azerbaijaniLocativeIsAPlaceAndNominativeIsTheGovernment() {
    List<ActorMention> m = find("Bakıda görüş keçirilib. Bakı Moskvaya nota verib.");
    assertThat(Actors.codes(m)).containsExactly("Bakı=AZEGOV", "Moskvaya=RUSGOV");
  }

  @Test
  void armenianLocativeIsAPlace() {
    List<ActorMention> m = find("Մոսկվայում հանդիպում է տեղի ունեցել։ Բաքվում նույնպես։ Բաքուն"
        + " մերժել է առաջարկը։");
    assertThat(Actors.codes(m)).containsExactly("Բաքուն=AZEGOV");
  }

  @Test
  void officialCapitalIsASeat() {
    List<ActorMention> m = find("Official Baku has not responded yet, said official Yerevan.");
    assertThat(Actors.codes(m)).containsExactly("Official Baku=AZEGOV", "official Yerevan=ARMGOV");
  }
}
