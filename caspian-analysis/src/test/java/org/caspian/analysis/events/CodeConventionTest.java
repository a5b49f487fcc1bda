package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caspian.analysis.events.Cast.event;

import java.time.LocalDate;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The coding conventions of the gold set: direction of mutual verbs, agreements, statements. */
class CodeConventionTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 9);
  private static EventStage stage;

  @BeforeAll
  static void load() {
    stage = EventStage.create();
  }

  private static AnalyzedArticle code(String text) {
    return stage.apply(Fixture.article(text, PUBLISHED, Cast.ALL));
  }

  @Test
  void mutualVerbWithAnObjectGoesFromSubjectToObjectOnly() {
    AnalyzedArticle a = code("Pashinyan signed a transit memorandum with Aliyev on Friday.");
    assertThat(a.events()).hasSize(1);
    assertThat(event(a, "ARMGOV", "AZEGOV").cameo()).isEqualTo("057");
  }

  @Test
  void compoundSubjectWithoutObjectStillGoesBothWays() {
    AnalyzedArticle a = code("Bayramov and Mirzoyan signed a memorandum on border delimitation.");
    assertThat(event(a, "AZEGOV", "ARMGOV").cameo()).isEqualTo("057");
    assertThat(event(a, "ARMGOV", "AZEGOV").cameo()).isEqualTo("057");
  }

  @Test
  void agreeingOnSomethingIsAnAgreement() {
    AnalyzedArticle a = code("Bayramov and Mirzoyan agreed in Almaty on Friday to a joint "
        + "commission on the border.");
    assertThat(event(a, "AZEGOV", "ARMGOV").cameo()).isEqualTo("057");
    assertThat(event(a, "ARMGOV", "AZEGOV").cameo()).isEqualTo("057");
    AnalyzedArticle that = code("Lavrov and Bayramov agreed that the consulates would reopen.");
    assertThat(event(that, "RUSGOV", "AZEGOV").cameo()).isEqualTo("057");
  }

  @Test
  void agreeingToDoSomethingIsIntent() {
    AnalyzedArticle a = code("Lavrov and Bayramov agreed on Friday to continue contacts.");
    Event e = event(a, "RUSGOV", "AZEGOV");
    assertThat(e.cameo()).startsWith("03");
  }

  @Test
  void namingAForeignActorInASpeechIsNoStatement() {
    assertThat(code("Zakharova said Yerevan was drifting away from its allies.").events())
        .isEmpty();
    assertThat(code("Putin said on Tuesday that Russia and Azerbaijan remain partners.").events())
        .isEmpty();
  }

  @Test
  void reactionToTheClaimOfThePreviousSentenceTargetsItsAuthor() {
    AnalyzedArticle a = code("Moscow accused Baku of staging the border incident. Azerbaijan's "
        + "Foreign Ministry rejected the accusations and Aliyev later denied the claim.");
    assertThat(a.events()).extracting(Event::cameo).contains("112", "016");
    // Both reactions are denials aimed at Moscow, "rejected the accusations" as well.
    assertThat(a.events()).filteredOn(e -> e.source().code().equals("AZEGOV"))
        .extracting(e -> e.target().code() + " " + e.cameo())
        .containsExactly("RUSGOV 016", "RUSGOV 016");
    AnalyzedArticle condemn = code("Russia closed the crossing at Upper Lars. Pashinyan "
        + "condemned the move on Monday.");
    assertThat(event(condemn, "ARMGOV", "RUS").cameo()).isEqualTo("111");
  }

  @Test
  void theTwoLeadersAreTheLastTwoPeopleNamedNotTheirReporter() {
    AnalyzedArticle a = code("Erdogan hosted Zelensky in Istanbul and said Ukraine deserved to "
        + "join NATO, as the two leaders discussed the grain deal.");
    assertThat(a.events()).noneMatch(e -> e.target().code().startsWith("IGO")
        || e.source().code().startsWith("IGO"));
    AnalyzedArticle b = code("Aliyev and Pashinyan met in Brussels with Charles Michel, who "
        + "said the two leaders had agreed to restore a railway line.");
    assertThat(b.events()).filteredOn(e -> e.cameo().startsWith("03"))
        .extracting(e -> e.source().code() + ">" + e.target().code())
        .containsExactlyInAnyOrder("AZEGOV>ARMGOV", "ARMGOV>AZEGOV");
  }

  @Test
  void noBackwardTargetWithoutAPointingNounOrForACompatriot() {
    assertThat(code("Moscow accused Baku of staging the incident. Aliyev denied it.").events())
        .extracting(Event::cameo).containsExactly("112");
    assertThat(code("Putin praised the army. Lavrov condemned the move.").events()).isEmpty();
  }

  @Test
  void attendingAnEventHostedByAnActorIsAVisitToTheHost() {
    AnalyzedArticle a = code("Pashinyan will not attend the forum hosted by Putin in St Petersburg.");
    Event e = event(a, "ARMGOV", "RUSGOV");
    assertThat(e.cameo()).isEqualTo("042");
    assertThat(e.modality()).isEqualTo(org.caspian.model.Modality.NEGATED);
    assertThat(code("Pashinyan attended the forum in St Petersburg with Lavrov.").events())
        .extracting(Event::cameo).doesNotContain("042");
  }

  @Test
  void killingsByAnArmyOrAStateAreMilitaryForceByOthersAnAssault() {
    assertThat(event(code("Azerbaijani forces killed three Armenian separatists."), "AZEMIL",
        "ARMREB").cameo()).isEqualTo("190");
    assertThat(event(code("Russia killed two Ukrainian soldiers."), "RUS", "UKR").cameo())
        .isEqualTo("190");
    // The police are no army: a killing by the police stays an assault.
    assertThat(event(code("Russian police killed two Azerbaijanis."), "RUSCOP", "AZE").cameo())
        .startsWith("18");
  }
}
