package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made patterns win over generated ones. */
class LexiconMergeTest {

  @Test
  void handMadeHeadsLeaveTheGeneratedPatternsAndExcludedVerbsGo() {
    List<String[]> hand = List.of(new String[] {"accuse", "v", "112", "family=ACCUSE"},
        new String[] {"=stated", "v", "010", "speech"});
    List<String[]> generated = List.of(
        new String[] {"accuse|blame|hope", "v", "112"},
        new String[] {"accuse ~ of ~ aggression", "v", "1123"},
        new String[] {"state|declare ~ support", "v", "051", "speech"},
        new String[] {"stated", "v", "010"});
    List<String[]> merged = LexiconMerge.patterns(hand, generated,
        List.<String[]>of(new String[] {"hope", "an expectation"}));
    assertThat(merged).extracting(r -> r[0]).containsExactly("accuse", "=stated", "blame",
        "state|declare ~ support");
    assertThat(merged.get(2)).containsExactly("blame", "v", "112", "peer");
    assertThat(merged.get(3)[3]).isEqualTo("speech,peer");
  }
}
