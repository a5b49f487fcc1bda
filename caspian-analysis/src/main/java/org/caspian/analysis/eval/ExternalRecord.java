package org.caspian.analysis.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caspian.model.Article;

/**
 * One record of a peer project's event-coding set in the shared JSON Lines form: a sentence and
 * the events its coders expected.
 *
 * @param id record id
 * @param text the sentence
 * @param date the sentence's date, or {@code null} when the set gives none or a placeholder
 * @param expected the expected events (may be empty)
 * @param split "train", "test" or "" when the set has no split
 */
public record ExternalRecord(
    String id, String text, LocalDate date, List<Expected> expected, String split) {

  public ExternalRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    expected = List.copyOf(expected);
    split = split == null ? "" : split;
  }

  /** The record as an article of its own, for the pipeline to analyse. */
  public Article toArticle() {
    return new Article(id, "", "", "", date, text);
  }

  /**
   * One expected event.
   *
   * @param source source actor code as the set writes it ("USA", "IGO"); "" when none
   * @param target target actor code; "" when the event has no target
   * @param category the set's label: a PLOVER category ("ASSAULT") or a quad label ("QUAD4")
   */
  public record Expected(String source, String target, String category) {
    public Expected {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(category, "category");
    }
  }
}
