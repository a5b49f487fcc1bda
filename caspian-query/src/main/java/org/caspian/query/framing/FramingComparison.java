package org.caspian.query.framing;

import java.util.List;

/**
 * Two groups of articles and the words that distinguish them.
 *
 * @param labelA what group A is ("outlet TASS", "side AZE")
 * @param labelB what group B is
 * @param articlesA articles in A
 * @param articlesB articles in B
 * @param wordsA words counted in A
 * @param wordsB words counted in B
 * @param leaningA the terms most typical of A, highest z first
 * @param leaningB the terms most typical of B, lowest z (most negative) first
 */
public record FramingComparison(String labelA, String labelB, int articlesA, int articlesB,
    long wordsA, long wordsB, List<TermScore> leaningA, List<TermScore> leaningB) {
  public FramingComparison {
    leaningA = List.copyOf(leaningA);
    leaningB = List.copyOf(leaningB);
  }
}
