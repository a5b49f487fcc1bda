package org.caspian.query.ach;

import java.util.List;
import java.util.Map;

/**
 * One ACH matrix as it stands.
 *
 * @param name the matrix's name
 * @param hypotheses in the order they were added
 * @param evidence in the order they were added
 * @param ratings evidence id → hypothesis id → rating (unrated cells absent)
 * @param ranking open and closed hypotheses, least inconsistent first (ties by id)
 * @param nonDiagnostic ids of evidence items rated alike against every hypothesis: they do not
 *     help to choose (Heuer's step 4)
 */
public record AchMatrix(String name, List<Hypothesis> hypotheses, List<Evidence> evidence,
    Map<String, Map<String, Consistency>> ratings, List<HypothesisScore> ranking,
    List<String> nonDiagnostic) {

  public AchMatrix {
    hypotheses = List.copyOf(hypotheses);
    evidence = List.copyOf(evidence);
    ratings = Map.copyOf(ratings);
    ranking = List.copyOf(ranking);
    nonDiagnostic = List.copyOf(nonDiagnostic);
  }

  /** The rating of evidence {@code e} against hypothesis {@code h}, or null when unrated. */
  public Consistency rating(String e, String h) {
    Map<String, Consistency> row = ratings.get(e);
    return row == null ? null : row.get(h);
  }
}
