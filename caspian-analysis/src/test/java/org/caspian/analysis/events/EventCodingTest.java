package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caspian.analysis.events.Cast.event;

import java.time.LocalDate;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.CameoCode;
import org.caspian.model.CameoTaxonomy;
import org.caspian.model.Event;
import org.caspian.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Codes, weights, sources and targets on sentences about real 2020-2025 episodes. */
class EventCodingTest {
  private static final CameoTaxonomy TAXONOMY = CameoTaxonomy.load();
  private static EventStage stage;

  @BeforeAll
  static void load() {
    stage = EventStage.create();
  }

  static AnalyzedArticle code(String text, LocalDate published) {
    return stage.apply(Fixture.article(text, published, Cast.ALL));
  }

  /** Goldstein, quad and PLOVER must be the taxonomy's for the code. */
  private static void assertCodedAs(Event e, String cameo) {
    CameoCode c = TAXONOMY.require(cameo);
    assertThat(e.cameo()).isEqualTo(cameo);
    assertThat(e.goldstein()).isEqualTo(c.goldstein());
    assertThat(e.quad()).isEqualTo(c.quad());
    assertThat(e.plover()).isEqualTo(c.plover());
  }

  @Test
  void azalCrashShotDownWithExplicitDate() {
    AnalyzedArticle a = code("Russian air defences shot down an Azerbaijan Airlines passenger jet "
        + "near Grozny on December 25, 2024.", LocalDate.of(2024, 12, 27));
    Event e = event(a, "RUSMIL", "AZEBUS");
    assertCodedAs(e, "190");
    assertThat(e.goldstein()).isEqualTo(-10.0);
    assertThat(e.quad()).isEqualTo(4);
    assertThat(e.plover()).isEqualTo("ASSAULT");
    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(e.date()).isEqualTo(LocalDate.of(2024, 12, 25));
    assertThat(e.trigger()).isEqualTo("shot down");
    assertThat(e.span().start()).isZero();
    assertThat(e.text()).startsWith("Russian air defences").endsWith("2024.");
    assertThat(e.source().country()).isEqualTo("RUS");
    assertThat(e.target().text()).isEqualTo("Azerbaijan Airlines");
  }

  @Test
  void azalApologyCondolencesAndAccusation() {
    AnalyzedArticle a = code("Putin apologized to Aliyev on December 28 for the tragic incident "
        + "in Russian airspace. Putin also offered his condolences to Aliyev. Aliyev later accused "
        + "Russia of trying to hush up the causes of the crash.", LocalDate.of(2024, 12, 30));
    assertThat(a.events()).hasSize(3);
    Event apology = a.events().get(0);
    assertCodedAs(apology, "055");
    assertThat(apology.source().code()).isEqualTo("RUSGOV");
    assertThat(apology.target().code()).isEqualTo("AZEGOV");
    assertThat(apology.goldstein()).isEqualTo(7.0);
    assertThat(apology.date()).isEqualTo(LocalDate.of(2024, 12, 28));
    Event condolences = a.events().get(1);
    assertCodedAs(condolences, "018");
    assertThat(condolences.trigger()).isEqualTo("offered his condolences to");
    Event accusation = event(a, "AZEGOV", "RUS");
    assertCodedAs(accusation, "112");
    assertThat(accusation.quad()).isEqualTo(3);
  }

  @Test
  void passiveVoiceTakesTheAgentAsSource() {
    AnalyzedArticle a = code("Dozens of Azerbaijanis were detained by Russian police in "
        + "Yekaterinburg on June 27.", LocalDate.of(2025, 7, 2));
    Event e = event(a, "RUSCOP", "AZE");
    assertCodedAs(e, "173");
    assertThat(e.goldstein()).isEqualTo(-5.0);
    assertThat(e.date()).isEqualTo(LocalDate.of(2025, 6, 27));
    assertThat(a.events()).hasSize(1);
  }

  @Test
  void withoutPublicationDateOnlyFullDatesResolve() {
    AnalyzedArticle a = code("Russian air defences shot down the Azerbaijan Airlines jet on "
        + "December 25, 2024. The next day Putin called Aliyev. Yesterday Aliyev accused Russia of "
        + "a cover-up. Putin apologized to Aliyev.", null);
    assertThat(event(a, "RUSMIL", "AZEBUS").date()).isEqualTo(LocalDate.of(2024, 12, 25));
    assertThat(event(a, "AZEGOV", "RUS").date()).as("yesterday needs a publication date")
        .isNull();
    assertThat(event(a, "RUSGOV", "AZEGOV").date()).as("no cue, no publication date").isNull();
  }

  @Test
  void passiveWithoutAgentKeepsAnUnknownSource() {
    AnalyzedArticle a = code("Dozens of Azerbaijanis were detained in Russia last week.",
        LocalDate.of(2025, 7, 2));
    Event e = event(a, "", "AZE");
    assertCodedAs(e, "173");
    assertThat(e.source().country()).isEmpty();
    assertThat(a.events()).hasSize(1);
  }

  @Test
  void forcefulNounWithAPatientAndNoDoerKeepsAnUnknownSource() {
    AnalyzedArticle a = code("Aliyev spoke about the shelling of Azerbaijani positions.",
        LocalDate.of(2025, 7, 2));
    assertCodedAs(event(a, "", "AZE"), "194");
    // Not for acts that are no force ("the recognition of Armenia" names no event).
    assertThat(code("Aliyev spoke about the recognition of Armenia.", LocalDate.of(2025, 7, 2))
        .events()).noneMatch(e -> e.source().code().isEmpty());
  }

  @Test
  void passiveStatementWithoutAgentIsNotCoded() {
    AnalyzedArticle a = code("Azerbaijanis were told to leave.", LocalDate.of(2025, 7, 2));
    assertThat(a.events()).isEmpty();
  }

  @Test
  void theActInsideAnAccusationIsClaimed() {
    AnalyzedArticle a = code("Baku accused Moscow of attacking Azerbaijani forces.",
        LocalDate.of(2025, 7, 2));
    assertCodedAs(event(a, "AZEGOV", "RUSGOV"), "1123");
    Event claimed = event(a, "RUSGOV", "AZEMIL");
    assertThat(claimed.modality()).isEqualTo(org.caspian.model.Modality.CLAIMED);
    assertThat(claimed.asserted()).isFalse();
    assertThat(claimed.attribution()).isEqualTo("Baku");
    assertThat(claimed.cameo()).startsWith("19");
  }

  @Test
  void nounWithByAgent() {
    AnalyzedArticle a = code("The arrest of Azerbaijani citizens by Russian police caused anger.",
        LocalDate.of(2025, 7, 2));
    assertCodedAs(event(a, "RUSCOP", "AZE"), "173");
  }

  @Test
  void yekaterinburgResponseSequenceWithNextDay() {
    AnalyzedArticle a = code("On June 28, Azerbaijan's Foreign Ministry summoned Russia's chargé "
        + "d'affaires about the deaths of two Azerbaijani citizens in Yekaterinburg. The next day "
        + "Baku cancelled a planned visit by Russian Deputy Prime Minister Alexei Overchuk. On "
        + "June 30, Azerbaijani police raided the office of Sputnik Azerbaijan and detained two of "
        + "its employees.", LocalDate.of(2025, 7, 2));
    Event summon = event(a, "AZEGOV", "RUS");
    assertCodedAs(summon, "114");
    assertThat(summon.date()).isEqualTo(LocalDate.of(2025, 6, 28));
    assertThat(summon.trigger()).isEqualTo("summoned");
    Event cancel = event(a, "AZEGOV", "RUSGOV");
    assertCodedAs(cancel, "125"); // reject a proposal to meet
    assertThat(cancel.goldstein()).isEqualTo(-5.0);
    assertThat(cancel.date()).isEqualTo(LocalDate.of(2025, 6, 29));
    Event raid = event(a, "AZECOP", "RUSMED");
    assertCodedAs(raid, "170");
    assertThat(raid.date()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(raid.target().text()).isEqualTo("Sputnik Azerbaijan");
    assertThat(a.events()).hasSize(3);
  }

  @Test
  void coordinatedVerbInheritsTheSubject() {
    AnalyzedArticle a = code("On June 28, Azerbaijani diplomats summoned Russia's envoy and "
        + "the next day cancelled a parliamentary visit to Moscow.",
        LocalDate.of(2025, 7, 4));
    Event cancel = event(a, "AZE", "RUSGOV");
    assertCodedAs(cancel, "125");
    assertThat(cancel.date()).isEqualTo(LocalDate.of(2025, 6, 29));
    assertThat(event(a, "AZE", "RUS").date()).isEqualTo(LocalDate.of(2025, 6, 28));
  }

  @Test
  void declarationOnAlliedInteractionIsMutual() {
    AnalyzedArticle a = code("Putin and Aliyev signed the Declaration on Allied Interaction in "
        + "Moscow on February 22, 2022.", LocalDate.of(2022, 2, 23));
    assertThat(a.events()).hasSize(2);
    Event one = event(a, "RUSGOV", "AZEGOV");
    Event other = event(a, "AZEGOV", "RUSGOV");
    for (Event e : new Event[] {one, other}) {
      assertCodedAs(e, "057");
      assertThat(e.goldstein()).isEqualTo(8.0);
      assertThat(e.plover()).isEqualTo("SUPPORT");
      assertThat(e.date()).isEqualTo(LocalDate.of(2022, 2, 22));
    }
  }

  @Test
  void washingtonSummitHostAndCompoundObject() {
    AnalyzedArticle a = code("Trump hosted Aliyev and Pashinyan at the White House on August 8, "
        + "2025. Aliyev and Pashinyan initialled a peace agreement in Washington.",
        LocalDate.of(2025, 8, 9));
    assertCodedAs(event(a, "USAGOV", "AZEGOV"), "043");
    assertCodedAs(event(a, "USAGOV", "ARMGOV"), "043");
    Event initial = event(a, "AZEGOV", "ARMGOV");
    assertCodedAs(initial, "057");
    assertThat(event(a, "ARMGOV", "AZEGOV").trigger()).isEqualTo("initialled a peace agreement");
    // No date in the second sentence: the publication date, with lower confidence.
    assertThat(initial.date()).isEqualTo(LocalDate.of(2025, 8, 9));
    assertThat(initial.confidence()).isLessThan(event(a, "USAGOV", "AZEGOV").confidence() + 0.1);
  }

  @Test
  void talksBetweenTwoActorsIsCodedBothWays() {
    AnalyzedArticle a = code("Talks between Bayramov and Mirzoyan took place in Washington.",
        LocalDate.of(2025, 8, 9));
    assertCodedAs(event(a, "AZEGOV", "ARMGOV"), "046");
    assertCodedAs(event(a, "ARMGOV", "AZEGOV"), "046");
  }

  @Test
  void symmetricVerbWithPartnerAfterWith() {
    AnalyzedArticle a = code("Lavrov held talks with Bayramov and Mirzoyan in Moscow yesterday.",
        LocalDate.of(2024, 10, 15));
    // Subject to each partner only: the partners are not subjects of the verb.
    assertThat(a.events()).extracting(e -> e.source().code()).containsOnly("RUSGOV");
    assertThat(a.events()).extracting(e -> e.target().code())
        .containsExactlyInAnyOrder("AZEGOV", "ARMGOV");
    Event e = event(a, "RUSGOV", "ARMGOV");
    assertThat(e.date()).isEqualTo(LocalDate.of(2024, 10, 14));
    assertThat(event(a, "RUSGOV", "AZEGOV").trigger()).isEqualTo("held talks with");
  }

  @Test
  void septemberOffensiveAndFireOnPeacekeepers() {
    AnalyzedArticle a = code("Azerbaijan launched a military offensive against Armenian "
        + "separatists in Karabakh on September 19, 2023. Azerbaijani forces fired on Russian "
        + "peacekeepers, killing several officers.", LocalDate.of(2023, 9, 21));
    Event offensive = event(a, "AZE", "ARMREB");
    assertCodedAs(offensive, "190");
    assertThat(offensive.date()).isEqualTo(LocalDate.of(2023, 9, 19));
    Event fire = event(a, "AZEMIL", "RUSMIL");
    assertCodedAs(fire, "193");
    assertThat(fire.trigger()).isEqualTo("fired on");
  }

  @Test
  void reportedSpeechCodesTheReportedActWithAttribution() {
    AnalyzedArticle a = code("Peskov said that Baku had arrested Russian citizens without "
        + "grounds.", LocalDate.of(2025, 7, 1));
    assertThat(a.events()).hasSize(1);
    Event e = event(a, "AZEGOV", "RUS");
    assertCodedAs(e, "173");
    assertThat(e.attribution()).isEqualTo("Dmitry Peskov");
  }

  @Test
  void postposedSpeakerAfterAQuote() {
    AnalyzedArticle a = code("\"Baku detained Russian citizens on fabricated charges,\" "
        + "Zakharova said.", LocalDate.of(2025, 7, 1));
    Event e = event(a, "AZEGOV", "RUS");
    assertCodedAs(e, "173");
    assertThat(e.attribution()).isEqualTo("Maria Zakharova");
  }

  @Test
  void accordingToIsAttributionNotAnActor() {
    AnalyzedArticle a = code("According to Interfax, Azerbaijani police detained eight Russian "
        + "citizens in Baku.", LocalDate.of(2025, 7, 1));
    assertThat(a.events()).hasSize(1);
    Event e = event(a, "AZECOP", "RUS");
    assertThat(e.attribution()).isEqualTo("Interfax");
  }

  @Test
  void speechAloneCodesAStatementOnlyForAnAddressee() {
    // An actor merely named in the report is no target: saying is not an interaction.
    assertThat(code("Peskov said the Kremlin was surprised by the reaction of Baku.",
        LocalDate.of(2025, 7, 1)).events()).isEmpty();
    AnalyzedArticle a = code("Peskov told Aliyev that the Kremlin was surprised.",
        LocalDate.of(2025, 7, 1));
    Event e = event(a, "RUSGOV", "AZEGOV");
    assertCodedAs(e, "010");
    assertThat(e.attribution()).isEmpty();
    assertThat(e.trigger()).isEqualTo("told");
    // Without a foreign actor in the report there is nothing to code.
    assertThat(code("Peskov said the Kremlin was surprised.", LocalDate.of(2025, 7, 1)).events())
        .isEmpty();
  }

  @Test
  void outletsReportButAreNotActors() {
    AnalyzedArticle a = code("TASS reported that Russia expelled Azerbaijani diplomats.",
        LocalDate.of(2025, 7, 1));
    assertThat(a.events()).hasSize(1);
    Event e = event(a, "RUS", "AZE");
    assertCodedAs(e, "174");
    assertThat(e.attribution()).isEqualTo("TASS");
    // The outlet is not the doer of the arrests it reports: they keep an unknown source.
    assertThat(code("TASS reported on the arrests of Azerbaijanis in Moscow.",
        LocalDate.of(2025, 7, 1)).events()).extracting(x -> x.source().code() + "->"
            + x.target().code()).containsExactly("->AZE");
  }

  @Test
  void unresolvedNamesAreNotActors() {
    assertThat(code("Ramiz Mehdiyev criticized Russia.", LocalDate.of(2025, 7, 1)).events())
        .isEmpty();
  }

  @Test
  void sameCountryNeedsADomesticCodeAndDifferentActors() {
    assertThat(code("Putin praised Lavrov.", LocalDate.of(2025, 7, 1)).events()).isEmpty();
    AnalyzedArticle arrest = code("Russian police detained a Russian journalist.",
        LocalDate.of(2025, 7, 1));
    assertCodedAs(event(arrest, "RUSCOP", "RUS"), "173");
    // A bare country acting on its own institution is a misreading, not a domestic act.
    assertThat(code("Azerbaijan detained Azerbaijani police officers.", LocalDate.of(2025, 7, 1))
        .events()).isEmpty();
  }

  @Test
  void controlVerbsTakeTheirCodeFromTheEmbeddedAct() {
    LocalDate pub = LocalDate.of(2025, 7, 3);
    Event threat = event(code("Russia threatened to expel Azerbaijani diplomats.", pub), "RUS",
        "AZE");
    assertCodedAs(threat, "132"); // expelling diplomats is 174 (CONVENTIONS 2.1)
    assertThat(threat.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(threat.trigger()).isEqualTo("threatened to expel");
    Event appeal = event(code("Pashinyan urged Russia to withdraw its border guards.", pub),
        "ARMGOV", "RUS");
    assertCodedAs(appeal, "0256");
    Event demand = event(code("Aliyev demanded that Russia release the detained Azerbaijanis.",
        pub), "AZEGOV", "RUS");
    assertCodedAs(demand, "1053");
    Event refusal = event(code("Aliyev refused to meet Putin in Moscow.", pub), "AZEGOV",
        "RUSGOV");
    assertCodedAs(refusal, "125");
    AnalyzedArticle agree = code("Russia and Azerbaijan agreed to expand cooperation.", pub);
    assertCodedAs(event(agree, "RUS", "AZE"), "031");
    assertCodedAs(event(agree, "AZE", "RUS"), "031");
  }

  @Test
  void reactionToAReportedActTargetsItsPerpetrator() {
    AnalyzedArticle a = code("Baku condemned the killing of Azerbaijanis by Russian police.",
        LocalDate.of(2025, 7, 1));
    assertCodedAs(event(a, "AZEGOV", "RUSCOP"), "111");
    assertCodedAs(event(a, "RUSCOP", "AZE"), "1823");
  }

  @Test
  void specificPatternsAreMoreConfidentThanBareVerbs() {
    LocalDate pub = LocalDate.of(2025, 7, 1);
    Event diplomats = event(code("On Monday Russia expelled Azerbaijani peacekeepers.", pub),
        "RUS", "AZE");
    Event citizens = event(code("On Monday Russia expelled Azerbaijani citizens.", pub), "RUS",
        "AZE");
    assertCodedAs(diplomats, "1661");
    assertCodedAs(citizens, "174");
    assertThat(diplomats.confidence()).isGreaterThan(citizens.confidence());
    Event near = event(code("On Monday Baku condemned Moscow.", pub), "AZEGOV", "RUSGOV");
    Event far = event(code("On Monday Baku, still angry about the deaths of two of its citizens "
        + "in custody and the raids on diaspora homes, condemned Moscow.", pub), "AZEGOV",
        "RUSGOV");
    assertThat(far.confidence()).isLessThan(near.confidence());
    Event undated = event(code("Baku condemned Moscow.", pub), "AZEGOV", "RUSGOV");
    assertThat(undated.confidence()).isLessThan(near.confidence());
    assertThat(undated.date()).isEqualTo(pub);
    for (Event e : new Event[] {diplomats, citizens, near, far, undated}) {
      assertThat(e.confidence()).isBetween(0.0, 1.0);
    }
  }
}
