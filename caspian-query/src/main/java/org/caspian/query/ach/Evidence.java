package org.caspian.query.ach;

/**
 * An evidence item of a matrix.
 *
 * @param id "E1", "E2", ... within its matrix
 * @param kind where it comes from
 * @param reference what it points at ("articleId#ordinal" for an event, "articleId#n" for a quote,
 *     the article id, or "" for a note)
 * @param text what it says (the sentence, the quote, the title or the note)
 * @param credibility how far the source is to be believed
 * @param relevance how much it bears on the question
 */
public record Evidence(String id, EvidenceKind kind, String reference, String text,
    Grade credibility, Grade relevance) {

  /** The weight of its ratings in the inconsistency score: credibility × relevance. */
  public double weight() {
    return credibility.weight() * relevance.weight();
  }
}
