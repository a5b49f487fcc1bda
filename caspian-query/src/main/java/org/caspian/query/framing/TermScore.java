package org.caspian.query.framing;

import java.util.List;

/**
 * A distinguishing term of a framing comparison (see {@link LogOdds}).
 *
 * @param term the word
 * @param countA its count in group A
 * @param countB its count in group B
 * @param delta the log-odds ratio, positive when it leans to A
 * @param z its z-score
 * @param occurrences sentences it occurs in, on the side it leans to (at most a few)
 */
public record TermScore(String term, int countA, int countB, double delta, double z,
    List<TermOccurrence> occurrences) {
  public TermScore {
    occurrences = List.copyOf(occurrences);
  }
}
