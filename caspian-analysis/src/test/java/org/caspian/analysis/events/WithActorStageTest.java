package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.Pipelines;
import org.caspian.analysis.lang.FixedLanguageStage;
import org.caspian.model.Article;
import org.caspian.model.Event;
import org.caspian.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event stage behind the real actor stage. Asserts codes and the countries of source and
 * target only, so changes in the actor dictionaries' role codes do not break it.
 */
class WithActorStageTest {
  private static Pipeline pipeline;

  @BeforeAll
  static void build() {
    pipeline = Pipelines.standard(new FixedLanguageStage("en"));
  }

  private static List<Event> events(String text, LocalDate published) {
    return pipeline.analyze(new Article("t", "", "", "", published, text)).events();
  }

  private static Event one(List<Event> events, String cameo) {
    List<Event> found = events.stream().filter(e -> e.cameo().equals(cameo)).toList();
    assertThat(found).as("%s in %s", cameo, Cast.describe(events)).hasSize(1);
    return found.get(0);
  }

  @Test
  void aFullStopInsideASentenceEndsAnAbbreviationNotTheClause() {
    Event e = one(events("A U.S. air strike killed an Iranian general.",
        LocalDate.of(2020, 1, 3)), "190");
    assertThat(e.source().country()).isEqualTo("USA");
    assertThat(e.target().country()).isEqualTo("IRN");
  }

  @Test
  void announcedSanctionsAreSanctions() {
    Event e = one(events("The European Union announced sanctions on Russian banks.",
        LocalDate.of(2022, 2, 22)), "163");
    assertThat(e.source().code()).isEqualTo("IGOEUREEC");
    assertThat(e.target().country()).isEqualTo("RUS");
  }

  @Test
  void summonAndCancelledVisit() {
    List<Event> ev = events("On June 28, Azerbaijan's Foreign Ministry summoned Russia's chargé "
        + "d'affaires. The next day the Azerbaijani government called off a planned visit to Baku "
        + "by Russian Deputy Prime Minister Alexei Overchuk.", LocalDate.of(2025, 6, 30));
    Event summon = one(ev, "114");
    assertThat(summon.source().country()).isEqualTo("AZE");
    assertThat(summon.target().country()).isEqualTo("RUS");
    assertThat(summon.date()).isEqualTo(LocalDate.of(2025, 6, 28));
    Event cancel = one(ev, "125");
    assertThat(cancel.source().country()).isEqualTo("AZE");
    assertThat(cancel.target().country()).isEqualTo("RUS");
    assertThat(cancel.date()).isEqualTo(LocalDate.of(2025, 6, 29));
  }

  @Test
  void reportedApologyAndNegatedAttendance() {
    Event apology = one(events("Vladimir Putin apologised to Ilham Aliyev on Saturday for the "
        + "tragic incident in Russian airspace.", LocalDate.of(2024, 12, 29)), "055");
    assertThat(apology.source().country()).isEqualTo("RUS");
    assertThat(apology.target().country()).isEqualTo("AZE");
    assertThat(apology.date()).isEqualTo(LocalDate.of(2024, 12, 28));
    Event warning = one(events("Kremlin spokesman Dmitry Peskov said that Baku had arrested "
        + "Russian citizens without grounds.", LocalDate.of(2025, 7, 1)), "173");
    assertThat(warning.source().country()).isEqualTo("AZE");
    assertThat(warning.attribution()).contains("Peskov");
    assertThat(warning.modality()).isEqualTo(Modality.ASSERTED);
  }
}
