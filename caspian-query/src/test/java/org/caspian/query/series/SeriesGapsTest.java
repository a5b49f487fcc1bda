package org.caspian.query.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.caspian.query.CorpusIndex;
import org.caspian.query.DyadCsv;
import org.caspian.query.DyadRow;
import org.caspian.query.DyadService;
import org.caspian.query.Granularity;
import org.caspian.store.lucene.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesGapsTest {
  @TempDir Path dir;

  private static DyadRow row(String period, int events) {
    return new DyadRow(period, events, events, 0, 0, 0, events, 1.0);
  }

  @Test
  void months_between_first_and_last_are_all_listed_across_a_year_end() {
    List<DyadRow> filled = SeriesGaps.fill(List.of(row("2021-01", 2), row("2022-02", 1)),
        Granularity.MONTH);
    assertThat(filled).hasSize(14);
    assertThat(filled.get(0).period()).isEqualTo("2021-01");
    assertThat(filled.get(1)).isEqualTo(new DyadRow("2021-02", 0, 0, 0, 0, 0, 0, 0));
    assertThat(filled.get(11).period()).isEqualTo("2021-12");
    assertThat(filled.get(12).period()).isEqualTo("2022-01");
    assertThat(filled.get(13)).isEqualTo(row("2022-02", 1));
  }

  @Test
  void iso_weeks_include_week_53_of_a_long_year() {
    List<DyadRow> filled = SeriesGaps.fill(List.of(row("2020-W52", 1), row("2021-W02", 1)),
        Granularity.WEEK);
    assertThat(filled).extracting(DyadRow::period)
        .containsExactly("2020-W52", "2020-W53", "2021-W01", "2021-W02");
  }

  @Test
  void the_daily_csv_of_a_real_index_has_a_zero_row_for_each_quiet_day() throws IOException {
    try (LuceneStore store = CorpusIndex.open(dir)) {
      List<DyadRow> rows = new EscalationService(new DyadService(store))
          .series("RUS", "AZE", Granularity.DAY, false);
      // 2025-06-27 .. 2025-07-15 is 19 days; four of them have events
      assertThat(rows).hasSize(19);
      assertThat(rows.stream().filter(r -> r.events() > 0).count()).isEqualTo(4);
      String csv = DyadCsv.toCsv(rows);
      assertThat(csv.lines().findFirst()).contains(DyadCsv.HEADER);
      assertThat(csv).contains("\n2025-06-28,0,0,0,0,0,0.000,0.000\n")
          .contains("\n2025-07-15,2,1,1,0,0,8.400,4.200\n");
    }
  }

  @Test
  void an_empty_series_stays_empty() {
    assertThat(SeriesGaps.fill(List.of(), Granularity.DAY)).isEmpty();
  }
}
