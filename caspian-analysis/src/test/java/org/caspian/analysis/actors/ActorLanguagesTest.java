package org.caspian.analysis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.junit.jupiter.api.Test;

/** Russian, Armenian and Azerbaijani text, with case endings. */
class ActorLanguagesTest {
  private static final LocalDate DATE = LocalDate.of(2025, 7, 4);

  private static List<ActorMention> find(String text) {
    return Actors.find(text, DATE);
  }

  @Test
  void russianTitlesNamesAndCases() {
    List<ActorMention> m = find("Пресс-секретарь президента России Дмитрий Песков заявил, что"
        + " МИД Азербайджана не выходил на связь с Россией.");
    assertThat(Actors.codes(m)).containsExactly(
        "Пресс-секретарь президента России Дмитрий Песков=RUSGOV",
        "МИД Азербайджана=AZEGOV", "Россией=RUS");
    assertThat(m.get(0).name()).isEqualTo("Dmitry Peskov");
  }

  @Test
  void russianInflectedPersonAndAdjectiveComposition() {
    List<ActorMention> m = find("Российские миротворцы покинули регион после встречи Ильхама"
        + " Алиева и Владимира Путина.");
    assertThat(Actors.codes(m)).containsExactly("Российские миротворцы=RUSMIL",
        "Ильхама Алиева=AZEGOV", "Владимира Путина=RUSGOV");
    assertThat(m.get(1).name()).isEqualTo("Ilham Aliyev");
  }

  @Test
  void armenianNamesWithDefiniteAndGenitiveEndings() {
    List<ActorMention> m = find("Նիկոլ Փաշինյանը հանդիպել է Վլադիմիր Պուտինի հետ, իսկ"
        + " Ռուսաստանի ԱԳՆ-ն հայտարարություն է տարածել։");
    assertThat(Actors.codes(m)).containsExactly("Նիկոլ Փաշինյանը=ARMGOV",
        "Վլադիմիր Պուտինի=RUSGOV", "Ռուսաստանի ԱԳՆ=RUSGOV");
    assertThat(m.get(2).type()).isEqualTo(ActorType.INSTITUTION);
  }

  @Test
  void azerbaijaniTitleChainAndVowelHarmony() {
    List<ActorMention> m = find("Azərbaycan Prezidenti İlham Əliyev Rusiyanın XİN başçısı Sergey"
        + " Lavrovu qəbul edib.");
    assertThat(Actors.codes(m)).containsExactly("Azərbaycan Prezidenti İlham Əliyev=AZEGOV",
        "Rusiyanın XİN başçısı Sergey Lavrovu=RUSGOV");
    assertThat(m.get(1).name()).isEqualTo("Sergey Lavrov");
  }

  @Test
  void hyphenatedCaseEndingInsideATitleChain() {
    List<ActorMention> m = find("Rusiya XİN-in sözçüsü Mariya Zaxarova Bakını tənqid edib, Hakan"
        + " Fidan isə Bakıya səfər edib.");
    assertThat(Actors.codes(m)).containsExactly("Rusiya XİN-in sözçüsü Mariya Zaxarova=RUSGOV",
        "Bakını=AZEGOV", "Hakan Fidan=TURGOV");
  }

  @Test
  void azerbaijaniCountriesInCases() {
    List<ActorMention> m = find("Ermənistanla sülh sazişi Türkiyənin dəstəyi ilə imzalanıb,"
        + " Azərbaycan ordusu isə sərhəddədir.");
    assertThat(Actors.codes(m)).containsExactly("Ermənistanla=ARM", "Türkiyənin=TUR",
        "Azərbaycan ordusu=AZEMIL");
  }

  @Test
  void inflectedFamilyNameFollowsTheLatestFullNameInRussian() {
    List<ActorMention> m = find("Политолог Рамиз Алиев считает, что Москва ошибается. По мнению"
        + " Алиева, регион изменился.");
    assertThat(Actors.codes(m)).containsExactly("Политолог Рамиз Алиев=", "Москва=RUSGOV",
        "Алиева=");
    assertThat(m.get(2).name()).isEqualTo("Рамиз Алиев");
  }

  @Test
  void mixedScriptsInOneArticle() {
    List<ActorMention> m = find("Lavrov met Bayramov. Лавров встретился с Байрамовым.");
    assertThat(Actors.codes(m)).containsExactly("Lavrov=RUSGOV", "Bayramov=AZEGOV",
        "Лавров=RUSGOV", "Байрамовым=AZEGOV");
  }
}
