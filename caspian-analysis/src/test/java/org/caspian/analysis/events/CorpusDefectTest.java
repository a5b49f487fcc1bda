package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.caspian.analysis.events.Cast.event;

import java.time.LocalDate;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Errors first seen on the bundled sample corpus, each reproduced on a sentence of our own:
 * nominal "by" agents, patients from another clause, trigger text, raids "at" premises, and dates
 * counted back from the article's anchor.
 */
class CorpusDefectTest {
  private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
  private static EventStage stage;

  @BeforeAll
  static void load() {
    stage = EventStage.create();
  }

  private static AnalyzedArticle code(String text, LocalDate published) {
    return stage.apply(Fixture.article(text, published, Cast.ALL));
  }

  @Test
  void agentAfterByInsideANounPhraseIsTheSource() {
    AnalyzedArticle a = code("Protests followed the deaths of two Azerbaijanis during raids by "
        + "Russian police in the Urals.", JUNE_30);
    Event raid = event(a, "RUSCOP", "AZE");
    assertThat(raid.cameo()).startsWith("17");
    assertThat(a.events()).noneMatch(e -> e.source().code().equals("AZE"));
  }

  @Test
  void patientThatIsAnUnknownPlaceGivesNoEvent() {
    AnalyzedArticle a = code("Peskov said the Azerbaijani airliner was circling over the city "
        + "when Makhachkala, Nalchik and Beslan were being attacked by Ukrainian drones.", JUNE_30);
    assertThat(a.events()).noneMatch(e -> e.source().country().equals("UKR"));
  }

  @Test
  void unknownPlaceAsDirectObjectGivesNoEvent() {
    AnalyzedArticle a = code("Ukrainian drones attacked Mozhaisk overnight, and Moscow later "
        + "blamed Kyiv.", JUNE_30);
    assertThat(a.events()).noneMatch(e -> e.cameo().startsWith("19"));
  }

  @Test
  void triggerIsTheVerbPhraseWithoutActorNames() {
    AnalyzedArticle a = code("Putin apologised to Aliyev by telephone on Saturday. Moscow summoned "
        + "Bayramov on Friday. Zelensky urged Baku to free the detained journalists.",
        JUNE_30);
    assertThat(a.events()).extracting(Event::cameo, Event::trigger).contains(
        tuple("055", "apologised to"), tuple("114", "summoned"), tuple("0253", "urged"));
    assertThat(a.events()).allSatisfy(e -> {
      assertThat(e.trigger()).doesNotContain("Aliyev", "Bayramov", "Baku", "Kremlin", "Putin");
      assertThat(e.text()).contains(e.trigger());
    });
  }

  @Test
  void operationAtPremisesIsCoercion() {
    AnalyzedArticle a = code("Azerbaijani police carried out an operation at the Baku office of "
        + "Sputnik Azerbaijan on Monday.", JUNE_30);
    Event op = event(a, "AZECOP", "RUSMED");
    assertThat(op.cameo()).isEqualTo("170");
    assertThat(op.trigger()).isEqualTo("carried out an operation");
  }

  @Test
  void raidsAndSearchesCarriedOutAgainstActorsAreCoercion() {
    AnalyzedArticle a = code("Russian police carried out raids against Azerbaijanis in the "
        + "Urals. Azerbaijani police carried out a search at the Sputnik Azerbaijan office.",
        JUNE_30);
    assertThat(event(a, "RUSCOP", "AZE").cameo()).isEqualTo("170");
    assertThat(event(a, "AZECOP", "RUSMED").cameo()).isEqualTo("170");
  }

  @Test
  void eventAfterDaysAfterIsCountedBackFromTheAnchor() {
    AnalyzedArticle a = code("Azerbaijani police raided the Sputnik Azerbaijan office on Monday. "
        + "The raid came three days after the deaths of two Azerbaijanis during raids by Russian "
        + "police in the Urals.", LocalDate.of(2025, 7, 2));
    assertThat(event(a, "AZECOP", "RUSMED").date()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(event(a, "RUSCOP", "AZE").date()).isEqualTo(LocalDate.of(2025, 6, 27));
  }

  @Test
  void eventBeforeDaysAfterHasNoDateRatherThanThePublicationDate() {
    AnalyzedArticle a = code("Azerbaijani police raided the Sputnik Azerbaijan office three "
        + "days after the funeral.", LocalDate.of(2025, 7, 2));
    Event raid = event(a, "AZECOP", "RUSMED");
    assertThat(raid.date()).isNull();
    assertThat(raid.confidence()).isLessThan(0.5);
  }
}
