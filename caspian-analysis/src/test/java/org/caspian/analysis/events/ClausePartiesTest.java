package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caspian.analysis.events.Cast.event;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;
import org.caspian.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acts whose parties come from the clause around them rather than from their own words: a host
 * or mediator of a deal, a call or talks inside a phrase, a compound subject with no object.
 */
class ClausePartiesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 10);
  private static EventStage stage;

  @BeforeAll
  static void load() {
    stage = EventStage.create();
  }

  private static AnalyzedArticle code(String text) {
    return stage.apply(Fixture.article(text, PUBLISHED, Cast.ALL));
  }

  private static List<String> dyads(AnalyzedArticle a) {
    return a.events().stream()
        .map(e -> e.source().code() + "->" + e.target().code() + " " + e.cameo()).toList();
  }

  @Test
  void mediatorOfADealActsOnItsParties() {
    AnalyzedArticle a = code("Russia and Ukraine swapped 90 prisoners of war on Saturday in an "
        + "exchange mediated by Azerbaijan.");
    assertThat(dyads(a)).contains("AZE->RUS 045", "AZE->UKR 045", "RUS->UKR 0841",
        "UKR->RUS 0841");
    // As the actor stage tags it, the title is part of the second mention.
    AnalyzedArticle hosted = stage.apply(Fixture.article("Bayramov and his Armenian counterpart "
        + "Ararat Mirzoyan began two days of talks on Friday, in a meeting hosted by Putin.",
        PUBLISHED, Fixture.person("Bayramov", "AZEGOV"),
        Fixture.person("Armenian counterpart Ararat Mirzoyan", "ARMGOV"),
        Fixture.person("Putin", "RUSGOV")));
    assertThat(dyads(hosted)).contains("AZEGOV->ARMGOV 046", "ARMGOV->AZEGOV 046",
        "RUSGOV->AZEGOV 043", "RUSGOV->ARMGOV 043");
    // One consultation per dyad and sentence: the meeting is the talks.
    assertThat(dyads(hosted)).doesNotContain("AZEGOV->ARMGOV 040");
  }

  @Test
  void aNounInAnAdjunctPhraseIsDoneByTheClauseDoers() {
    // "at talks": the two subjects talk to each other.
    assertThat(dyads(code("Aliyev and Putin agreed at talks in Sochi on Monday to extend the "
        + "deal."))).contains("AZEGOV->RUSGOV 046", "RUSGOV->AZEGOV 046");
    // "after a meeting with X": each subject met X, one way.
    List<String> met = dyads(code("Azerbaijan and Armenia agreed to a truce after a meeting with "
        + "Putin."));
    assertThat(met).contains("AZE->RUSGOV 040", "ARM->RUSGOV 040")
        .doesNotContain("RUSGOV->AZE 040", "RUSGOV->ARM 040");
    // "responded with sanctions on X": a verb that is no act of its own lends its subject.
    assertThat(dyads(code("Ukraine and Armenia responded within hours with new sanctions on "
        + "Russian police."))).contains("UKR->RUSCOP 163", "ARM->RUSCOP 163");
    // A reaction's phrase names what it answers, not where it happened.
    assertThat(dyads(code("Baku lashed out at a meeting in Brussels between Pashinyan and "
        + "Trump."))).noneMatch(d -> d.startsWith("AZEGOV->") && d.endsWith(" 040"));
    // The object of the verb is no adjunct: "condemned the talks" is no talks by Baku.
    assertThat(dyads(code("Baku condemned the talks with Yerevan.")))
        .noneMatch(d -> d.endsWith(" 046") || d.endsWith(" 040"));
  }

  @Test
  void anUnknownNameInAppositionStandsForTheTitlePhraseBeforeIt() {
    AnalyzedArticle a = code("A department head at Azerbaijan's Foreign Ministry, Ramiz "
        + "Mehdiyev, summoned Russia's envoy on Monday.");
    assertThat(dyads(a)).anyMatch(d -> d.startsWith("AZEGOV->RUS 11"));
    // Without the commas the name is the subject, and it is unknown.
    AnalyzedArticle plain = code("On Monday Ramiz Mehdiyev summoned Russia's envoy.");
    assertThat(dyads(plain)).noneMatch(d -> d.startsWith("AZEGOV->"));
  }

  @Test
  void participleOfAVerbWithAnUnknownDoerHasAnUnknownDoer() {
    // The main verb's object is never the participle's subject.
    AnalyzedArticle a = code("Masked gunmen attacked Russian peacekeepers, demanding that "
        + "Azerbaijan withdraw.");
    assertThat(dyads(a)).noneMatch(d -> d.startsWith("RUSMIL->AZE"));
    AnalyzedArticle known = code("Armenian separatists attacked Russian peacekeepers, demanding "
        + "that Azerbaijan withdraw.");
    assertThat(dyads(known)).anyMatch(d -> d.startsWith("ARMREB->AZE 10"));
  }

  @Test
  void participleWithAnActorBeforeItKeepsThatActor() {
    Event e = event(code("Armenian separatists detained by Azerbaijani forces were handed over."),
        "AZEMIL", "ARMREB");
    assertThat(e.cameo()).startsWith("17");
  }

  @Test
  void callInsideAPhraseTakesTheVerbsParties() {
    AnalyzedArticle a = code("Putin apologised to Aliyev in a phone call on Saturday.");
    assertThat(dyads(a)).contains("RUSGOV->AZEGOV 055", "RUSGOV->AZEGOV 041");
    // The verb's direction only: the apology's target did not call.
    assertThat(dyads(a)).doesNotContain("AZEGOV->RUSGOV 041");
  }

  @Test
  void compoundSubjectWithoutObjectActsMutuallyOnlyWhenCooperating() {
    assertThat(dyads(code("Russia and Ukraine swapped prisoners on Saturday.")))
        .contains("RUS->UKR 0841", "UKR->RUS 0841");
    assertThat(code("Russia and Azerbaijan are and should remain close partners and allies, the "
        + "Kremlin said.").events()).isEmpty();
  }

  @Test
  void unilateralActsKeepAnEmptyTarget() {
    Event e = event(code("Armenia declared martial law on Sunday."), "ARM", "");
    assertThat(e.cameo()).isEqualTo("1724");
    assertThat(e.date()).isEqualTo(LocalDate.of(2024, 5, 5));
    assertThat(event(code("Russian peacekeepers pulled back troops on Wednesday."), "RUSMIL", "")
        .cameo()).isEqualTo("0874");
    // Other acts are not coded without a target.
    assertThat(code("Russia criticised the decision on Sunday.").events()).isEmpty();
  }

  @Test
  void aVerbAfterAndSharesTheFirstVerbsModality() {
    AnalyzedArticle a = code("Armenian separatists said on Monday they would disband and lay down "
        + "their arms.");
    assertThat(a.events()).hasSize(2)
        .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.PLANNED));
    // A new subject after "and" starts its own clause.
    AnalyzedArticle b = code("Moscow will expel Azerbaijani diplomats and Baku expelled Russian "
        + "diplomats.");
    assertThat(event(b, "AZEGOV", "RUS").modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void aReactionToAnActPointsAtItsDoer() {
    AnalyzedArticle a = code("Azerbaijani forces shelled the village on Monday, and Russia and "
        + "Ukraine condemned the attack, with Moscow warning Baku.");
    assertThat(dyads(a)).contains("RUS->AZEMIL 111", "UKR->AZEMIL 111")
        .doesNotContain("UKR->RUSGOV 111");
    AnalyzedArticle b = code("Azerbaijani police raided the office of Sputnik Azerbaijan on "
        + "Monday, a move the Russian Foreign Ministry denounced as unfriendly.");
    assertThat(dyads(b)).contains("AZECOP->RUSMED 170", "RUSGOV->AZECOP 111");
    // Through a relative pronoun, or a passive reaction to a noun that points back at the act.
    assertThat(dyads(code("Russia expelled two Azerbaijani diplomats, moves that Baku "
        + "denounced."))).contains("AZEGOV->RUS 111");
    assertThat(dyads(code("Russia expelled two Azerbaijani diplomats, which Yerevan welcomed.")))
        .contains("ARMGOV->RUS 051");
    assertThat(dyads(code("Russia expelled two Azerbaijani diplomats, a step welcomed by Yerevan "
        + "but criticised by Baku."))).contains("ARMGOV->RUS 051", "AZEGOV->RUS 111");
    assertThat(dyads(code("Russia expelled two Azerbaijani diplomats, a decision that was "
        + "condemned by Baku."))).contains("AZEGOV->RUS 111");
    // A passive reaction to an actor stays aimed at the actor.
    assertThat(dyads(code("Russian police were condemned by Baku.")))
        .contains("AZEGOV->RUSCOP 111");
  }

  @Test
  void aVerdictOnAnActCriticisesOrPraisesItsDoer() {
    assertThat(dyads(code("Azerbaijani forces shelled the village on Monday, in what Yerevan "
        + "called an unprecedented escalation."))).contains("ARMGOV->AZEMIL 111");
    assertThat(dyads(code("Russia expelled two Azerbaijani diplomats, a move Baku said was a "
        + "hostile provocation."))).contains("AZEGOV->RUS 111");
    assertThat(dyads(code("Russia freed two Azerbaijani journalists, a step Baku called a "
        + "welcome and constructive gesture."))).contains("AZEGOV->RUS 051");
    // A neutral verdict codes nothing; a name given to an actor is no verdict on an act.
    assertThat(dyads(code("Russia expelled two Azerbaijani diplomats, a move Baku called "
        + "expected."))).noneMatch(d -> d.startsWith("AZEGOV->RUS"));
    assertThat(dyads(code("Baku called Moscow a dangerous neighbour.")))
        .noneMatch(d -> d.endsWith(" 111"));
  }

  @Test
  void theTwoSidesAreTheLastTwoPartiesNamed() {
    AnalyzedArticle a = code("Lavrov held talks with Bayramov in Moscow on Monday, and the two "
        + "sides agreed to resume consultations.");
    assertThat(dyads(a)).contains("RUSGOV->AZEGOV 046", "RUSGOV->AZEGOV 036",
        "AZEGOV->RUSGOV 036");
    // "two" with no pair noun is an ordinary number.
    assertThat(dyads(code("Russian police detained two Azerbaijanis on Monday.")))
        .containsExactly("RUSCOP->AZE 173");
  }

  @Test
  void aCountryAfterAPlacePrepositionAndAnAdjectiveIsAPlace() {
    AnalyzedArticle a = code("Putin and Zelensky agreed to swap prisoners from the conflict in "
        + "eastern Ukraine.");
    assertThat(dyads(a)).contains("RUSGOV->UKRGOV 0353", "UKRGOV->RUSGOV 0353")
        .doesNotContain("RUSGOV->UKR 0353");
  }

  @Test
  void aCallInsideAToldPhraseIsTheSpeakersCall() {
    Event call = event(code("Putin told Aliyev in a phone call on Sunday that Russia was ready "
        + "to host talks."), "RUSGOV", "AZEGOV");
    assertThat(call.cameo()).isEqualTo("041");
    assertThat(call.modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void accusedActsAreClaimedAgainstTheAccuserOrEachOther() {
    AnalyzedArticle a = code("Azerbaijan and Armenia accused each other on Sunday of shelling "
        + "villages.");
    assertThat(dyads(a)).contains("AZE->ARM 1123", "ARM->AZE 1123", "ARM->AZE 194",
        "AZE->ARM 194");
    assertThat(a.events()).filteredOn(e -> e.modality() == Modality.CLAIMED).hasSize(2);
    assertThat(a.events()).filteredOn(e -> e.modality() == Modality.CLAIMED)
        .allSatisfy(e -> assertThat(e.cameo()).startsWith("19"));
    Event shelling = a.events().stream().filter(e -> e.modality() == Modality.CLAIMED
        && e.source().code().equals("ARM")).findFirst().orElseThrow();
    assertThat(shelling.attribution()).isEqualTo("Azerbaijan");
    // "traded blame for": a mutual accusation, the act claimed both ways.
    AnalyzedArticle traded = code("Russia and Ukraine traded blame for shelling near the plant.");
    assertThat(traded.events()).filteredOn(e -> e.modality() == Modality.CLAIMED)
        .extracting(e -> e.source().code() + "->" + e.target().code() + " " + e.cameo())
        .containsExactlyInAnyOrder("RUS->UKR 194", "UKR->RUS 194");
    Event single = code("Baku accused Moscow of shelling the village.").events().stream()
        .filter(e -> e.modality() == Modality.CLAIMED).findFirst().orElseThrow();
    assertThat(single.source().code() + "->" + single.target().code())
        .isEqualTo("RUSGOV->AZEGOV");
  }

  @Test
  void crowdControlIsRepression() {
    Event e = event(code("Russian police fired water cannon and tear gas at Azerbaijanis outside "
        + "the embassy on Thursday."), "RUSCOP", "AZE");
    assertThat(e.cameo()).isEqualTo("175");
  }
}
