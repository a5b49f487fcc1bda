package org.caspian.query.ach;

/**
 * A hypothesis's place in the inconsistency ranking.
 *
 * @param hypothesis the hypothesis
 * @param inconsistent evidence items rated I or II against it
 * @param score the weighted inconsistency: the sum over its ratings of (1 for I, 2 for II) ×
 *     credibility weight × relevance weight; the lowest score is the most likely hypothesis
 */
public record HypothesisScore(Hypothesis hypothesis, int inconsistent, double score) {}
