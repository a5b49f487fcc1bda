package org.caspian.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caspian.model.AnalyzedArticle;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.testing.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DyadServiceTest {
  @TempDir
  static Path dir;
  static LuceneStore store;
  static DyadService dyads;

  @BeforeAll
  static void load() throws IOException {
    store = LuceneStore.open(dir);
    for (AnalyzedArticle a : Corpus.all()) {
      store.put(a);
    }
    dyads = new DyadService(store);
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  private static void row(DyadRow r, String period, int events, int q1, int q2, int q3, int q4,
      double sum) {
    assertThat(r.period()).isEqualTo(period);
    assertThat(new int[] {r.events(), r.quad1(), r.quad2(), r.quad3(), r.quad4()})
        .containsExactly(events, q1, q2, q3, q4);
    assertThat(r.goldsteinSum()).isCloseTo(sum, within(1e-9));
    assertThat(r.goldsteinMean()).isCloseTo(sum / events, within(1e-9));
  }

  @Test
  void daily_series_counts_asserted_events_in_both_directions() throws IOException {
    List<DyadRow> rows = dyads.series("RUS", "AZE", Granularity.DAY, false);
    assertThat(rows).hasSize(4);
    row(rows.get(0), "2025-06-27", 1, 0, 0, 0, 1, -5.0);
    row(rows.get(1), "2025-06-30", 2, 0, 0, 2, 0, -7.0);
    row(rows.get(2), "2025-07-01", 1, 0, 0, 1, 0, -2.0);
    row(rows.get(3), "2025-07-15", 2, 1, 1, 0, 0, 8.4);
  }

  @Test
  void order_of_the_pair_does_not_matter() throws IOException {
    assertThat(dyads.series("aze", "rus", Granularity.DAY, false))
        .isEqualTo(dyads.series("RUS", "AZE", Granularity.DAY, false));
  }

  @Test
  void weekly_series_uses_iso_weeks() throws IOException {
    List<DyadRow> rows = dyads.series("RUS", "AZE", Granularity.WEEK, false);
    assertThat(rows).extracting(DyadRow::period).containsExactly("2025-W26", "2025-W27",
        "2025-W29");
    row(rows.get(1), "2025-W27", 3, 0, 0, 3, 0, -9.0);
  }

  @Test
  void monthly_series_leaves_out_planned_and_negated_events_unless_asked() throws IOException {
    List<DyadRow> asserted = dyads.series("RUS", "AZE", Granularity.MONTH, false);
    assertThat(asserted).hasSize(2);
    row(asserted.get(0), "2025-06", 3, 0, 0, 2, 1, -12.0);
    row(asserted.get(1), "2025-07", 3, 1, 1, 1, 0, 6.4);

    List<DyadRow> all = dyads.series("RUS", "AZE", Granularity.MONTH, true);
    row(all.get(0), "2025-06", 4, 1, 0, 2, 1, -8.0);
    row(all.get(1), "2025-07", 4, 1, 1, 1, 1, 2.4);
  }

  @Test
  void full_actor_codes_match_only_that_actor() throws IOException {
    List<DyadRow> rows = dyads.series("RUSGOV", "AZEGOV", Granularity.MONTH, false);
    assertThat(rows).extracting(DyadRow::period, DyadRow::events)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-06", 2),
            org.assertj.core.groups.Tuple.tuple("2025-07", 3));
  }

  @Test
  void other_pairs_are_separate() throws IOException {
    assertThat(dyads.series("RUS", "ARM", Granularity.MONTH, false))
        .singleElement().satisfies(r -> row(r, "2025-07", 1, 1, 0, 0, 0, 4.0));
    assertThat(dyads.series("TUR", "AZE", Granularity.MONTH, true)).isEmpty();
  }

  @Test
  void events_behind_a_bucket_carry_article_and_sentence() throws IOException {
    List<DyadEvent> events = dyads.events("RUS", "AZE", "2025-W26", Granularity.WEEK, false);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.articleId()).isEqualTo("trend-1");
      assertThat(e.outlet()).isEqualTo("Trend");
      assertThat(e.title()).startsWith("Baku summons");
      assertThat(e.date()).isEqualTo(LocalDate.of(2025, 6, 27));
      assertThat(e.dateStated()).isTrue();
      assertThat(e.published()).isEqualTo(LocalDate.of(2025, 7, 1));
      assertThat(e.sourceCode()).isEqualTo("RUSPOL");
      assertThat(e.targetCountry()).isEqualTo("AZE");
      assertThat(e.cameo()).isEqualTo("173");
      assertThat(e.quad()).isEqualTo(4);
      assertThat(e.goldstein()).isEqualTo(-5.0);
      assertThat(e.modality()).isEqualTo("asserted");
      assertThat(e.trigger()).isEqualTo("detained");
      String text = Corpus.trend().text();
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.sentence())
          .startsWith("Russian police detained");
    });
  }

  @Test
  void events_of_a_month_with_all_modalities_are_sorted_by_date() throws IOException {
    List<DyadEvent> events = dyads.events("AZE", "RUS", "2025-07", Granularity.MONTH, true);
    assertThat(events).extracting(DyadEvent::date).containsExactly(LocalDate.of(2025, 7, 1),
        LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 15));
    assertThat(events).extracting(DyadEvent::modality).contains("negated");
    assertThat(dyads.events("AZE", "RUS", "2025-07", Granularity.MONTH, false)).hasSize(3);
  }

  @Test
  void bad_arguments_are_rejected() {
    assertThatThrownBy(() -> dyads.series(" ", "AZE", Granularity.DAY, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor a");
    assertThatThrownBy(() -> dyads.events("RUS", "AZE", "2025-13", Granularity.MONTH, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> dyads.events("RUS", "AZE", "2025-07", Granularity.WEEK, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("week");
  }
}
