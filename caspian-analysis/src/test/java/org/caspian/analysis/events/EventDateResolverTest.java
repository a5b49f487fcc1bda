package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caspian.analysis.events.ResolvedDate.Precision;
import org.caspian.model.CameoTaxonomy;
import org.caspian.model.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventDateResolverTest {
  private static EventDateResolver resolver;

  /** Thursday. */
  private static final LocalDate PUB = LocalDate.of(2025, 7, 3);

  @BeforeAll
  static void load() {
    resolver = RuleEventCoder.english(CameoTaxonomy.load()).dateResolver();
  }

  private static List<DateCue> cues(String text) {
    Tokens tokens = Fixture.TOKENS.tokenize(text);
    return resolver.find(text, tokens, 0, tokens.size());
  }

  /** The only cue of {@code text}, resolved. */
  private static ResolvedDate one(String text, LocalDate pub, LocalDate anchor, boolean future) {
    List<DateCue> found = cues(text);
    assertThat(found).as("cues in: %s", text).hasSize(1);
    return EventDateResolver.resolve(found.get(0), pub, anchor, future);
  }

  private static LocalDate day(String text) {
    ResolvedDate d = one(text, PUB, null, false);
    return d == null ? null : d.date();
  }

  @Test
  void fullDatesResolveWithoutPublicationDate() {
    assertThat(one("The plane crashed on December 25, 2024, near Aktau.", null, null, false))
        .isEqualTo(new ResolvedDate(LocalDate.of(2024, 12, 25), Precision.DAY));
    assertThat(one("Police raided the office on 28 June 2025.", null, null, false).date())
        .isEqualTo(LocalDate.of(2025, 6, 28));
    assertThat(one("The declaration was signed on Feb. 22, 2022 in Moscow.", null, null, false)
        .date()).isEqualTo(LocalDate.of(2022, 2, 22));
    assertThat(one("The summit ended on 2025-08-08.", null, null, false).date())
        .isEqualTo(LocalDate.of(2025, 8, 8));
  }

  @Test
  void ordinalDayWithMonthAndYear() {
    List<DateCue> found = cues("The leaders met on August 8th, 2025 at the White House.");
    assertThat(found).hasSize(1);
    assertThat(EventDateResolver.resolve(found.get(0), null, null, false).date())
        .isEqualTo(LocalDate.of(2025, 8, 8));
  }

  @Test
  void monthAndDayTakeTheYearNearestBeforePublication() {
    assertThat(day("On June 28, Baku summoned the envoy.")).isEqualTo(LocalDate.of(2025, 6, 28));
    assertThat(day("Azerbaijani officials met on 30 June.")).isEqualTo(LocalDate.of(2025, 6, 30));
    // Published in January, "December 25" is last year's.
    assertThat(one("The crash on December 25 killed 38 people.", LocalDate.of(2025, 1, 10), null,
        false).date()).isEqualTo(LocalDate.of(2024, 12, 25));
    // Planned events look forward.
    assertThat(one("Aliyev will travel to Moscow on January 5.", LocalDate.of(2024, 12, 29), null,
        true).date()).isEqualTo(LocalDate.of(2025, 1, 5));
    // Without a publication date the anchor gives the year; without either, nothing.
    assertThat(one("On June 30 police raided the office.", null, LocalDate.of(2025, 6, 29), false)
        .date()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(one("On June 30 police raided the office.", null, null, false)).isNull();
  }

  @Test
  void weekdays() {
    assertThat(day("On Monday, the ministry summoned the ambassador."))
        .isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(day("Lavrov spoke to Bayramov on Thursday.")).isEqualTo(PUB);
    assertThat(one("Putin will meet Aliyev on Monday.", PUB, null, true).date())
        .isEqualTo(LocalDate.of(2025, 7, 7));
    assertThat(day("He said last Friday that the talks failed."))
        .isEqualTo(LocalDate.of(2025, 6, 27));
    assertThat(one("They meet again next Thursday.", PUB, null, false).date())
        .isEqualTo(LocalDate.of(2025, 7, 10));
    assertThat(one("On Monday, the ministry summoned the ambassador.", null, null, false))
        .isNull();
  }

  @Test
  void relativeToPublication() {
    assertThat(day("Baku responded yesterday.")).isEqualTo(LocalDate.of(2025, 7, 2));
    assertThat(day("Moscow responded today.")).isEqualTo(PUB);
    assertThat(day("Three days ago Russian police detained him."))
        .isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(one("Baku closed the office last week.", PUB, null, false))
        .isEqualTo(new ResolvedDate(LocalDate.of(2025, 6, 26), Precision.WEEK));
    assertThat(one("Baku closed the office earlier this month.", PUB, null, false))
        .isEqualTo(new ResolvedDate(LocalDate.of(2025, 7, 1), Precision.MONTH));
    assertThat(one("Relations soured last month.", PUB, null, false))
        .isEqualTo(new ResolvedDate(LocalDate.of(2025, 6, 1), Precision.MONTH));
    assertThat(one("Relations soured last year.", PUB, null, false))
        .isEqualTo(new ResolvedDate(LocalDate.of(2024, 1, 1), Precision.YEAR));
    assertThat(one("Baku responded yesterday.", null, LocalDate.of(2025, 6, 1), false)).isNull();
  }

  @Test
  void relativeToTheLastExplicitDate() {
    LocalDate anchor = LocalDate.of(2025, 6, 28);
    assertThat(one("The next day Baku cancelled the visit.", PUB, anchor, false).date())
        .isEqualTo(LocalDate.of(2025, 6, 29));
    assertThat(one("The following day Baku cancelled the visit.", PUB, anchor, false).date())
        .isEqualTo(LocalDate.of(2025, 6, 29));
    assertThat(one("Two days later police raided the office.", PUB, anchor, false).date())
        .isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(one("3 days later police raided the office.", PUB, anchor, false).date())
        .isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(one("A week later the envoy was recalled.", PUB, anchor, false))
        .isEqualTo(new ResolvedDate(LocalDate.of(2025, 7, 5), Precision.WEEK));
    assertThat(one("The day before, Moscow had warned Baku.", PUB, anchor, false).date())
        .isEqualTo(LocalDate.of(2025, 6, 27));
    assertThat(one("The next day Baku cancelled the visit.", PUB, null, false)).isNull();
  }

  @Test
  void monthsAndYears() {
    assertThat(one("Aliyev skipped the parade in May.", PUB, null, false))
        .isEqualTo(new ResolvedDate(LocalDate.of(2025, 5, 1), Precision.MONTH));
    assertThat(one("The plane was downed in December.", PUB, null, false).date())
        .isEqualTo(LocalDate.of(2024, 12, 1));
    assertThat(one("The offensive began in September 2023.", null, null, false))
        .isEqualTo(new ResolvedDate(LocalDate.of(2023, 9, 1), Precision.MONTH));
    assertThat(one("Sovereignty was restored in 2023.", null, null, false))
        .isEqualTo(new ResolvedDate(LocalDate.of(2023, 1, 1), Precision.YEAR));
  }

  @Test
  void wordsThatOnlyLookLikeDates() {
    assertThat(cues("Russia may respond to the arrests.")).isEmpty();
    assertThat(cues("Protesters march to the embassy.")).isEmpty();
    assertThat(cues("The 2001 cold-case murder was reopened.")).isEmpty();
    assertThat(cues("He was 28 when he moved to Baku.")).isEmpty();
    assertThat(cues("")).isEmpty();
  }

  @Test
  void impossibleDatesResolveToNothing() {
    assertThat(one("The meeting on February 30, 2024 never happened.", PUB, null, false))
        .isNull();
  }

  @Test
  void severalCuesInOneSentenceInOrder() {
    List<DateCue> found =
        cues("On June 28 officials summoned the envoy and the next day cancelled a visit.");
    assertThat(found).extracting(DateCue::type)
        .containsExactly(DateCue.Type.MONTH_DAY, DateCue.Type.RELATIVE);
    assertThat(found.get(1).fromAnchor()).isTrue();
    assertThat(found.get(1).amount()).isEqualTo(1);
  }
}
