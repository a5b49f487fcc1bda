package org.caspian.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {

  private static List<String> contents(String text) {
    return QuotationMarks.find(text).stream()
        .map(p -> text.substring(p.contentStart(), p.contentEnd()))
        .toList();
  }

  @Test
  void pairsEveryFamily() {
    assertThat(contents("a \"b\" “c” «d» „e“ 'f' ‘g’ ‹h›"))
        .containsExactly("b", "c", "d", "e", "f", "g", "h");
  }

  @Test
  void nestedQuotesKeepTheirDepth() {
    String text = "\"Resources like 'Tsargrad' still try,\" he noted.";
    List<QuotationMarks.Pair> p = QuotationMarks.find(text);
    assertThat(p).extracting(QuotationMarks.Pair::depth).containsExactly(0, 1);
    assertThat(contents(text)).containsExactly("Resources like 'Tsargrad' still try,", "Tsargrad");
  }

  @Test
  void apostrophesAndPluralPossessivesAreNotQuotes() {
    assertThat(contents("Russia's view and the Armenians' rights; the '90s; Baku’s move."))
        .isEmpty();
    assertThat(contents("the Armenians' 'red lines' matter")).containsExactly("red lines");
  }

  @Test
  void sloppySpacingClosesTheOpenQuote() {
    assertThat(contents("writes “Forbes “. Then “the end”")).containsExactly("Forbes ", "the end");
  }

  @Test
  void markdownAroundMarks() {
    assertThat(contents("abandoning *\"unavoidable alliance\"* and \"*peace*\" talk"))
        .containsExactly("unavoidable alliance", "*peace*");
  }

  @Test
  void unclosedQuotesEndAtLineBreaks() {
    String text = "He said \"this never closes\nNext \"line\" here";
    assertThat(QuotationMarks.find(text)).extracting(QuotationMarks.Pair::open)
        .containsExactly(text.indexOf("\"line"));
  }

  @Test
  void closingDeeperQuoteDropsUnclosedInnerOnes() {
    String text = "«outer „inner» tail";
    assertThat(QuotationMarks.find(text)).extracting(p -> tuple(p.open(), p.depth()))
        .containsExactly(tuple(0, 0));
  }
}
