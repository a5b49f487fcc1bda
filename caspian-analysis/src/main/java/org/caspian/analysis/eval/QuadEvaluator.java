package org.caspian.analysis.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caspian.analysis.Stage;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores a stage on sentence-level quad classes, as in the ConfliBERT CAMEO classification set:
 * each sentence carries one label, QUAD0 (statements and appeals, CAMEO 01-02), QUAD1 (verbal
 * cooperation, 03-05), QUAD2 (material cooperation, 06-08), QUAD3 (verbal conflict, 09-13 and 16)
 * or QUAD4 (material conflict, 14-15 and 17-20): the Phoenix pipeline's five-way scheme. The
 * sentence's predicted class is that of its most confident coded event (the first one on a tie);
 * a sentence with no event has no prediction.
 */
public final class QuadEvaluator {
  private static final Logger LOG = LoggerFactory.getLogger(QuadEvaluator.class);
  private static final int CLASSES = 5;

  private final Stage stage;

  public QuadEvaluator(Stage stage) {
    this.stage = Objects.requireNonNull(stage, "stage");
  }

  /** The Phoenix five-way class of a CAMEO code. */
  static int quad(String cameo) {
    int root = Integer.parseInt(cameo.substring(0, 2));
    if (root <= 2) {
      return 0;
    }
    if (root <= 5) {
      return 1;
    }
    if (root <= 8) {
      return 2;
    }
    if (root <= 13 || root == 16) {
      return 3;
    }
    return 4;
  }

  /** Analyses the records of {@code split} ("test"; "" for all) and scores them. */
  public QuadReport run(List<ExternalRecord> records, String split) {
    int[][] confusion = new int[CLASSES][CLASSES + 1]; // last column: no prediction
    List<String> diffs = new ArrayList<>();
    for (ExternalRecord rec : records) {
      if (!split.isEmpty() && !split.equals(rec.split()) || rec.expected().isEmpty()
          || rec.text().isBlank()) {
        continue;
      }
      String label = rec.expected().get(0).category();
      if (!label.matches("QUAD[0-4]")) {
        throw new IllegalArgumentException(rec.id() + ": not a quad label: " + label);
      }
      int gold = label.charAt(4) - '0';
      int predicted = predict(rec);
      confusion[gold][predicted < 0 ? CLASSES : predicted]++;
      if (predicted != gold) {
        diffs.add(rec.id() + "  gold " + gold + "  got " + (predicted < 0 ? "-" : predicted)
            + "  " + rec.text());
      }
    }
    return new QuadReport(confusion, diffs);
  }

  private int predict(ExternalRecord rec) {
    try {
      AnalyzedArticle out = stage.apply(AnalyzedArticle.of(rec.toArticle()));
      Event best = null;
      for (Event e : out.events()) {
        if (best == null || e.confidence() > best.confidence()) {
          best = e;
        }
      }
      return best == null ? -1 : quad(best.cameo());
    } catch (RuntimeException e) {
      LOG.warn("stage {} failed on record {}", stage.name(), rec.id(), e);
      return -1;
    }
  }
}
