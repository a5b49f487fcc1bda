package org.caspian.query.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogOddsTest {
  private static LogOdds.Score of(List<LogOdds.Score> scores, String term) {
    return scores.stream().filter(s -> s.term().equals(term)).findFirst().orElseThrow();
  }

  @Test
  void hand_computed_example_with_the_pooled_prior() {
    // A = {x:3, y:1}, B = {x:1, y:3}, prior = pooled {x:4, y:4}, scale 1: a(x) = 4, a0 = 8.
    // delta(x) = ln(7 / 5) - ln(5 / 7) = 0.672944; var = 1/7 + 1/5 = 0.342857; z = 1.149271
    List<LogOdds.Score> s = LogOdds.score(Map.of("x", 3, "y", 1), Map.of("x", 1, "y", 3),
        Map.of("x", 4, "y", 4), 1.0);
    LogOdds.Score x = of(s, "x");
    assertThat(x.delta()).isCloseTo(0.672944473, within(1e-8));
    assertThat(x.variance()).isCloseTo(0.342857143, within(1e-8));
    assertThat(x.z()).isCloseTo(1.149271481, within(1e-8));
    assertThat(of(s, "y").z()).isCloseTo(-1.149271481, within(1e-8));
  }

  @Test
  void a_weaker_prior_shrinks_less() {
    // scale 0.5: a(x) = 2, a0 = 4. delta = ln(5/3) - ln(3/5) = 1.021651; var = 1/5 + 1/3;
    // z = 1.398954
    LogOdds.Score x = of(LogOdds.score(Map.of("x", 3, "y", 1), Map.of("x", 1, "y", 3),
        Map.of("x", 4, "y", 4), 0.5), "x");
    assertThat(x.delta()).isCloseTo(1.021651248, within(1e-8));
    assertThat(x.z()).isCloseTo(1.398953585, within(1e-8));
  }

  @Test
  void a_word_of_one_group_only_is_scored_through_its_prior() {
    // A = {x:2, y:2}, B = {y:4}; prior pooled {x:2, y:6}, a0 = 8.
    // delta(x) = ln((2+2)/(4+8-2-2)) - ln((0+2)/(4+8-0-2)) = ln(0.5) - ln(0.2) = 0.916291
    // var = 1/4 + 1/2 = 0.75; z = 0.916291 / 0.866025 = 1.058041
    LogOdds.Score x = of(LogOdds.score(Map.of("x", 2, "y", 2), Map.of("y", 4),
        Map.of("x", 2, "y", 6), 1.0), "x");
    assertThat(x.countB()).isZero();
    assertThat(x.delta()).isCloseTo(Math.log(0.5) - Math.log(0.2), within(1e-12));
    assertThat(x.z()).isCloseTo(1.058041, within(1e-6));
  }
}
