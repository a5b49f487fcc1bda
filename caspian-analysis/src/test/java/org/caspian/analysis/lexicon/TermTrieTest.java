package org.caspian.analysis.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caspian.analysis.token.TokenStage;
import org.caspian.model.Tokens;
import org.junit.jupiter.api.Test;

class TermTrieTest {
  private static final TokenStage TOKENS = new TokenStage();

  private static PhraseScanner scanner(TermTrie trie, String text) {
    return new PhraseScanner(trie, text, TOKENS.tokenize(text));
  }

  @Test
  void normalizeFoldsCaseDashesApostrophesAndSpace() {
    assertThat(TermTrie.normalize("  Nagorno\u2011Karabakh’s   WAR ")).isEqualTo(
        "nagorno-karabakh's war");
    assertThat(TermTrie.normalize("ВСЁ İrəvan BAKI")).isEqualTo("все irəvan baki");
  }

  @Test
  void longestTermEndingOnTokenBoundaryWins() {
    TermTrie t = TermTrie.builder().build();
    TermTrie.Builder b = TermTrie.builder();
    b.put("Karabakh", 1);
    b.put("Nagorno-Karabakh", 2);
    b.put("Second Karabakh War", 3);
    t = b.build();
    String text = "the Second  Karabakh War and Nagorno-Karabakh's future, Karabakhi";
    Tokens tokens = TOKENS.tokenize(text);
    PhraseScanner s = new PhraseScanner(t, text, tokens);
    assertThat(s.matchAt(1)).isTrue();
    assertThat(s.value()).isEqualTo(3);
    assertThat(text.substring(tokens.start(1), s.end())).isEqualTo("Second  Karabakh War");
    int nk = tokens.firstAtOrAfter(text.indexOf("Nagorno"));
    assertThat(s.matchAt(nk)).isTrue();
    assertThat(s.value()).isEqualTo(2);
    assertThat(text.substring(tokens.start(nk), s.end())).isEqualTo("Nagorno-Karabakh");
    // "Karabakhi" continues the word: an exact term must not match inside it
    assertThat(s.matchAt(tokens.size() - 1)).isFalse();
  }

  @Test
  void prefixTermsExtendToTheEndOfTheToken() {
    TermTrie.Builder b = TermTrie.builder();
    b.put("Арцах*", 7);
    String text = "жители Арцаха";
    PhraseScanner s = scanner(b.build(), text);
    assertThat(s.matchAt(1)).isTrue();
    assertThat(s.end()).isEqualTo(text.length());
    assertThat(s.value()).isEqualTo(7);
  }

  @Test
  void putReportsThePreviousValueAndRejectsBadTerms() {
    TermTrie.Builder b = TermTrie.builder();
    assertThat(b.put("Kyiv", 1)).isEqualTo(-1);
    assertThat(b.put("KYIV", 2)).isEqualTo(1);
    assertThatThrownBy(() -> b.put("  ", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.put("x", -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
