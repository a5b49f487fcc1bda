package org.caspian.query.brief;

/**
 * An open hypothesis of an ACH matrix, as a brief lists it.
 *
 * @param matrix the matrix's name
 * @param id its id in the matrix ("H2")
 * @param title the hypothesis
 * @param rank its place in the matrix's inconsistency ranking (1 = least inconsistent)
 * @param of how many hypotheses the matrix ranks
 * @param inconsistent evidence items rated against it
 * @param score its weighted inconsistency score
 */
public record BriefHypothesis(String matrix, String id, String title, int rank, int of,
    int inconsistent, double score) {}
