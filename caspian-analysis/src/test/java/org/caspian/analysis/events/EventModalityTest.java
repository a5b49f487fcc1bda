package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caspian.analysis.events.Cast.event;

import java.time.LocalDate;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;
import org.caspian.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Asserted, negated, planned and hypothetical events, and the dates each gets. */
class EventModalityTest {
  /** A Sunday. */
  private static final LocalDate PUB = LocalDate.of(2025, 4, 20);
  private static EventStage stage;

  @BeforeAll
  static void load() {
    stage = EventStage.create();
  }

  private static Event only(String text, String source, String target) {
    AnalyzedArticle a = stage.apply(Fixture.article(text, PUB, Cast.ALL));
    return event(a, source, target);
  }

  @Test
  void plainPastIsAsserted() {
    Event e = only("Aliyev visited Moscow.", "AZEGOV", "RUSGOV");
    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(e.asserted()).isTrue();
    assertThat(e.cameo()).isEqualTo("042");
  }

  @Test
  void futureIsPlannedAndDatedForward() {
    Event e = only("Aliyev will visit Moscow on May 9.", "AZEGOV", "RUSGOV");
    assertThat(e.modality()).isEqualTo(Modality.PLANNED);
    assertThat(e.asserted()).isFalse();
    assertThat(e.date()).isEqualTo(LocalDate.of(2025, 5, 9));
    Event monday = only("Putin will meet Aliyev on Monday.", "RUSGOV", "AZEGOV");
    assertThat(monday.date()).isEqualTo(LocalDate.of(2025, 4, 21));
  }

  @Test
  void plansSchedulesAndExpectations() {
    assertThat(only("Putin plans to visit Baku.", "RUSGOV", "AZEGOV").modality())
        .isEqualTo(Modality.PLANNED);
    assertThat(only("Putin is scheduled to visit Baku in August.", "RUSGOV", "AZEGOV")
        .modality()).isEqualTo(Modality.PLANNED);
    Event expected = only("Putin is expected to meet Aliyev in Dushanbe.", "RUSGOV", "AZEGOV");
    assertThat(expected.modality()).isEqualTo(Modality.PLANNED);
    assertThat(expected.date()).as("no cue, not asserted: no date").isNull();
  }

  @Test
  void negations() {
    Event e = only("Russia did not apologize to Azerbaijan.", "RUS", "AZE");
    assertThat(e.modality()).isEqualTo(Modality.NEGATED);
    assertThat(e.date()).isNull();
    assertThat(only("Aliyev never accused Russia of aggression.", "AZEGOV", "RUS").modality())
        .isEqualTo(Modality.NEGATED);
    assertThat(only("Russia has yet to apologize to Azerbaijan.", "RUS", "AZE").modality())
        .isEqualTo(Modality.NEGATED);
    assertThat(only("Aliyev won't attend talks with Pashinyan.", "AZEGOV", "ARMGOV").modality())
        .isEqualTo(Modality.NEGATED);
  }

  @Test
  void deniedThatNegatesTheReportedAct() {
    Event e = only("Moscow denied that Russian air defences had shot down the Azerbaijan "
        + "Airlines jet.", "RUSMIL", "AZEBUS");
    assertThat(e.modality()).isEqualTo(Modality.NEGATED);
    assertThat(e.attribution()).isEqualTo("Moscow");
    assertThat(e.cameo()).isEqualTo("190");
  }

  @Test
  void modalsConditionsAndQuestionsAreHypothetical() {
    assertThat(only("Moscow could impose sanctions on Baku.", "RUSGOV", "AZEGOV").modality())
        .isEqualTo(Modality.HYPOTHETICAL);
    assertThat(only("Moscow may recall its ambassador from Baku.", "RUSGOV", "AZEGOV")
        .modality()).isEqualTo(Modality.HYPOTHETICAL);
    Event cond = only("If Baku expels Russian diplomats, Moscow will respond.", "AZEGOV", "RUS");
    assertThat(cond.modality()).isEqualTo(Modality.HYPOTHETICAL);
    assertThat(cond.cameo()).isEqualTo("174");
    assertThat(only("Did Russia shoot down the Azerbaijan Airlines jet?", "RUS", "AZEBUS")
        .modality()).isEqualTo(Modality.HYPOTHETICAL);
    assertThat(only("Moscow tried to blame Baku for the crash.", "RUSGOV", "AZEGOV").modality())
        .isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void threatenedToIsAnAssertedThreat() {
    Event e = only("Moscow threatened to impose sanctions on Baku.", "RUSGOV", "AZEGOV");
    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(e.cameo()).isEqualTo("1312");
    assertThat(e.goldstein()).isEqualTo(-5.8);
    assertThat(e.quad()).isEqualTo(3);
  }

  @Test
  void plannedNouns() {
    AnalyzedArticle a = stage.apply(Fixture.article(
        "Upcoming talks between Bayramov and Mirzoyan will focus on the border.", PUB, Cast.ALL));
    assertThat(event(a, "AZEGOV", "ARMGOV").modality()).isEqualTo(Modality.PLANNED);
  }
}
