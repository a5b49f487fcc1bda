package org.caspian.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GranularityTest {
  @Test
  void labels() {
    LocalDate d = LocalDate.of(2025, 6, 30);
    assertThat(Granularity.DAY.label(d)).isEqualTo("2025-06-30");
    assertThat(Granularity.WEEK.label(d)).isEqualTo("2025-W27");
    assertThat(Granularity.MONTH.label(d)).isEqualTo("2025-06");
    // 29 December 2025 is a Monday in week 1 of ISO year 2026.
    assertThat(Granularity.WEEK.label(LocalDate.of(2025, 12, 29))).isEqualTo("2026-W01");
    assertThat(Granularity.WEEK.label(LocalDate.of(2021, 1, 3))).isEqualTo("2020-W53");
  }

  @Test
  void periods_round_trip_to_their_first_and_last_days() {
    assertThat(Granularity.WEEK.first("2025-W27")).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(Granularity.WEEK.last("2025-W27")).isEqualTo(LocalDate.of(2025, 7, 6));
    assertThat(Granularity.WEEK.first("2026-W01")).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(Granularity.MONTH.last("2024-02")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Granularity.DAY.first("2025-06-30")).isEqualTo(Granularity.DAY.last("2025-06-30"));
  }

  @Test
  void bad_labels_and_names_are_rejected() {
    assertThatThrownBy(() -> Granularity.WEEK.first("2025-W53"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Granularity.DAY.first("2025-02-30"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Granularity.MONTH.first(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Granularity.parse("year"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year");
    assertThat(Granularity.parse(" Week ")).isEqualTo(Granularity.WEEK);
  }
}
