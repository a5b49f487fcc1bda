package org.caspian.analysis.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.caspian.model.Tokens;
import org.junit.jupiter.api.Test;

class TokenStageTest {
  private final TokenStage stage = new TokenStage();

  private List<String> tokens(String text) {
    Tokens t = stage.tokenize(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(text.substring(t.start(i), t.end(i)));
    }
    return out;
  }

  @Test
  void keeps_internal_joiners_and_splits_punctuation() {
    assertThat(tokens("In an interview with Oxu.Az, the 44-day war's \"legacy\" (U.S.)."))
        .containsExactly("In", "an", "interview", "with", "Oxu.Az", ",", "the", "44-day", "war's",
            "\"", "legacy", "\"", "(", "U.S", ".", ")", ".");
  }

  @Test
  void handles_cyrillic_armenian_and_azerbaijani() {
    assertThat(tokens("«Москва» заявила։ Հայաստանը Ադրբեջանի; Əliyev bəyan edib."))
        .containsExactly("«", "Москва", "»", "заявила", "։", "Հայաստանը", "Ադրբեջանի", ";",
            "Əliyev", "bəyan", "edib", ".");
  }

  @Test
  void random_input_gives_ordered_in_bounds_tokens() {
    long seed = System.nanoTime();
    Random rnd = new Random(seed);
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < 100; j++) {
        sb.appendCodePoint(rnd.nextInt(4) == 0 ? ' ' : rnd.nextInt(0x1F700));
      }
      String s = sb.toString();
      Tokens t = stage.tokenize(s);
      int last = 0;
      for (int k = 0; k < t.size(); k++) {
        assertThat(t.start(k)).as("seed %d", seed).isGreaterThanOrEqualTo(last);
        assertThat(t.end(k)).as("seed %d", seed).isGreaterThan(t.start(k)).isLessThanOrEqualTo(s.length());
        last = t.end(k);
      }
    }
  }
}
