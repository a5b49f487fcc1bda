package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caspian.analysis.events.Cast.event;

import java.time.LocalDate;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;
import org.caspian.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who the subject is when the sentence does not put it right before the verb. */
class ClauseStructureTest {
  private static EventStage stage;

  @BeforeAll
  static void load() {
    stage = EventStage.create();
  }

  private static AnalyzedArticle code(String text, LocalDate published) {
    return stage.apply(Fixture.article(text, published, Cast.ALL));
  }

  @Test
  void pronounInReportedSpeechIsTheSpeaker() {
    AnalyzedArticle a = code("Pashinyan wrote overnight that he had signed a statement with Putin "
        + "and Aliyev to end the war.", LocalDate.of(2020, 11, 10));
    Event withRussia = event(a, "ARMGOV", "RUSGOV");
    assertThat(withRussia.cameo()).isEqualTo("057");
    assertThat(withRussia.attribution()).isEqualTo("Pashinyan");
    assertThat(event(a, "ARMGOV", "AZEGOV").cameo()).isEqualTo("057");
    Event call = event(code("Zelensky said on Tuesday that he had phoned Aliyev.",
        LocalDate.of(2025, 7, 1)), "UKRGOV", "AZEGOV");
    assertThat(call.cameo()).isEqualTo("041");
    assertThat(call.date()).isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void wouldInReportedSpeechIsPlanned() {
    Event e = event(code("On Friday the Kremlin said it would seek clarification from Yerevan.",
        LocalDate.of(2024, 2, 23)), "RUSGOV", "ARMGOV");
    assertThat(e.cameo()).isEqualTo("101");
    assertThat(e.modality()).isEqualTo(Modality.PLANNED);
    assertThat(e.attribution()).isEqualTo("the Kremlin");
    // Outside reported speech "would" stays hypothetical.
    assertThat(event(code("Moscow would expel Azerbaijani diplomats.", LocalDate.of(2025, 7, 1)),
        "RUSGOV", "AZE").modality()).isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void verbCoordinatedWithTheSpeechVerbBelongsToTheSpeaker() {
    AnalyzedArticle a = code("Aliyev said on Sunday that the airliner had been hit by fire from "
        + "the ground over Russia, and demanded that Moscow admit its guilt.",
        LocalDate.of(2024, 12, 29));
    Event demand = event(a, "AZEGOV", "RUSGOV");
    assertThat(demand.cameo()).isEqualTo("100");
    assertThat(demand.attribution()).isEmpty();
    assertThat(demand.date()).isEqualTo(LocalDate.of(2024, 12, 29));
  }

  @Test
  void participleAfterAReportingClauseBelongsToTheSpeaker() {
    AnalyzedArticle a = code("Such measures do not match the spirit of relations, Peskov said on "
        + "Tuesday, urging Baku to free the Sputnik staff.", LocalDate.of(2025, 7, 1));
    Event appeal = event(a, "RUSGOV", "AZEGOV");
    assertThat(appeal.cameo()).isEqualTo("0253");
    assertThat(appeal.trigger()).isEqualTo("urging");
  }

  @Test
  void reportHoldingAnUncodableActIsNoStatement() {
    assertThat(code("Zakharova said Baku had closed the office.", LocalDate.of(2025, 7, 1))
        .events()).isEmpty();
  }

  @Test
  void participleAfterANounIsNotAPassiveOfTheSubject() {
    // Not Putin hosting Aliyev (043): attending what Putin hosts is a (here negated) visit.
    AnalyzedArticle parade = code("Aliyev will not attend the parade hosted by Putin in Moscow.",
        LocalDate.of(2025, 5, 7));
    assertThat(parade.events()).hasSize(1);
    assertThat(event(parade, "AZEGOV", "RUSGOV").cameo()).isEqualTo("042");
    Event e = event(code("Azerbaijanis detained by Russian police were beaten.",
        LocalDate.of(2025, 7, 1)), "RUSCOP", "AZE");
    assertThat(e.cameo()).isEqualTo("173");
  }

  @Test
  void reciprocalPronounMakesAMutualAct() {
    AnalyzedArticle a = code("The truce was broken within minutes, with Baku and Yerevan blaming "
        + "each other.", LocalDate.of(2020, 10, 26));
    assertThat(event(a, "AZEGOV", "ARMGOV").cameo()).isEqualTo("112");
    assertThat(event(a, "ARMGOV", "AZEGOV").cameo()).isEqualTo("112");
  }

  @Test
  void purposeInfinitiveSharesSubjectAndModality() {
    AnalyzedArticle past = code("Lavrov met Bayramov to discuss the peace treaty with Mirzoyan.",
        LocalDate.of(2024, 5, 10));
    Event discuss = event(past, "RUSGOV", "ARMGOV");
    assertThat(discuss.cameo()).isEqualTo("040");
    assertThat(discuss.modality()).isEqualTo(Modality.ASSERTED);
    AnalyzedArticle future = code("Putin will meet Aliyev to discuss the crash with Pashinyan.",
        LocalDate.of(2025, 10, 1));
    assertThat(event(future, "RUSGOV", "ARMGOV").modality()).isEqualTo(Modality.PLANNED);
  }

  @Test
  void mutualSubjectsStayMutualWithAThirdPartyPresent() {
    AnalyzedArticle a = code("Aliyev and Pashinyan signed a joint declaration at the White House "
        + "on August 8, 2025, with Trump standing between them.", LocalDate.of(2025, 8, 9));
    assertThat(event(a, "AZEGOV", "ARMGOV").cameo()).isEqualTo("057");
    assertThat(event(a, "ARMGOV", "AZEGOV").date()).isEqualTo(LocalDate.of(2025, 8, 8));
    assertThat(a.events()).noneMatch(e -> e.target().code().equals("USAGOV"));
  }
}
