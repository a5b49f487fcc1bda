package org.caspian.query.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.caspian.query.DyadRow;
import org.junit.jupiter.api.Test;

class EscalationRuleTest {

  /** A daily series with the given conflict counts (all quad 4, Goldstein -5 each). */
  private static List<DyadRow> conflicts(int... counts) {
    List<DyadRow> rows = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      int c = counts[i];
      rows.add(new DyadRow(String.format("2025-06-%02d", i + 1), c, 0, 0, 0, c, -5.0 * c,
          c == 0 ? 0 : -5.0));
    }
    return rows;
  }

  @Test
  void a_jump_over_a_quiet_window_uses_the_sd_floor() {
    // window [0,1,0,1,0]: mean 0.4, sd 0.49 -> floor 1.0; z = (5 - 0.4) / 1 = 4.6
    List<EscalationMarker> m = EscalationRule.DEFAULT.apply(conflicts(0, 1, 0, 1, 0, 5));
    assertThat(m).hasSize(1);
    assertThat(m.get(0).period()).isEqualTo("2025-06-06");
    assertThat(m.get(0).conflicts()).isEqualTo(5);
    assertThat(m.get(0).baselineMean()).isCloseTo(0.4, within(1e-9));
    assertThat(m.get(0).baselineSd()).isCloseTo(Math.sqrt(0.24), within(1e-9));
    assertThat(m.get(0).z()).isCloseTo(4.6, within(1e-9));
  }

  @Test
  void a_noisy_window_needs_a_bigger_jump() {
    // t=3: window [2,6,2] mean 3.33, sd 1.886, z = 1.41: not marked.
    // t=4: window [2,6,2,6] mean 4, sd 2, z = (12 - 4) / 2 = 4.0: marked.
    List<EscalationMarker> m = EscalationRule.DEFAULT.apply(conflicts(2, 6, 2, 6, 12));
    assertThat(m).extracting(EscalationMarker::period).containsExactly("2025-06-05");
    assertThat(m.get(0).z()).isCloseTo(4.0, within(1e-9));
    assertThat(m.get(0).baselineSd()).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void too_little_history_or_too_few_conflicts_marks_nothing() {
    assertThat(EscalationRule.DEFAULT.apply(conflicts(0, 0, 9))).isEmpty();
    // z = (1 - 0) / 1 = 1 < 2, and 1 conflict < minConflicts
    assertThat(EscalationRule.DEFAULT.apply(conflicts(0, 0, 0, 0, 1))).isEmpty();
    assertThat(new EscalationRule(6, 1.0, 1.0, 1, 3).apply(conflicts(0, 0, 0, 0, 1)))
        .hasSize(1);
  }

  @Test
  void the_window_only_looks_back_its_length() {
    // window 2: the early burst of 10s is forgotten by t=5; window [0,0] -> z = 3 / 1 = 3
    List<EscalationMarker> m = new EscalationRule(2, 2.0, 1.0, 2, 2)
        .apply(conflicts(10, 10, 10, 0, 0, 3));
    assertThat(m).extracting(EscalationMarker::period).containsExactly("2025-06-06");
  }
}
