package org.caspian.analysis.eval;

import java.util.List;
import java.util.Locale;

/**
 * What {@link QuadEvaluator} measured: a confusion matrix of gold class (rows 0-4) by predicted
 * class (columns 0-4, then a column for sentences with no event coded).
 *
 * @param confusion counts, [gold][predicted or 5]
 * @param diffs one line per sentence whose class was wrong or missing
 */
public record QuadReport(int[][] confusion, List<String> diffs) {

  public QuadReport {
    int[][] copy = new int[confusion.length][];
    for (int i = 0; i < confusion.length; i++) {
      copy[i] = confusion[i].clone();
    }
    confusion = copy;
    diffs = List.copyOf(diffs);
  }

  /** Sentences scored. */
  public int sentences() {
    int n = 0;
    for (int[] row : confusion) {
      for (int c : row) {
        n += c;
      }
    }
    return n;
  }

  /** Sentences for which some event was coded. */
  public int covered() {
    int n = 0;
    for (int[] row : confusion) {
      n += sumRow(row) - row[row.length - 1];
    }
    return n;
  }

  /** Sentences whose predicted class is the gold one. */
  public int correct() {
    int n = 0;
    for (int i = 0; i < confusion.length; i++) {
      n += confusion[i][i];
    }
    return n;
  }

  /** Strict accuracy: correct over all sentences (no prediction counts as wrong). */
  public double accuracy() {
    return sentences() == 0 ? 0 : (double) correct() / sentences();
  }

  /** Lenient accuracy: correct over the sentences where an event was coded. */
  public double accuracyCovered() {
    return covered() == 0 ? 0 : (double) correct() / covered();
  }

  /** Counts for one class as a layer score (gold, predicted, true positives). */
  public LayerScore perClass(int k) {
    int predicted = 0;
    for (int[] row : confusion) {
      predicted += row[k];
    }
    return new LayerScore("QUAD" + k, sumRow(confusion[k]), predicted, confusion[k][k]);
  }

  /** The table printed by {@code caspian eval --set conflibert}. */
  public String format() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "ConfliBERT CAMEO quad classes: %d sentences, %d with an event coded%n"
            + "accuracy %.3f (strict, over all sentences), %.3f (lenient, over covered ones)%n",
        sentences(), covered(), accuracy(), accuracyCovered()));
    out.append(String.format(Locale.ROOT, "%-6s %5s %5s %5s %6s %6s %6s   %s%n", "class", "gold",
        "pred", "tp", "P", "R", "F1", "gold row: predicted 0 1 2 3 4 none"));
    for (int k = 0; k < confusion.length; k++) {
      LayerScore s = perClass(k);
      StringBuilder row = new StringBuilder();
      for (int c : confusion[k]) {
        row.append(String.format(Locale.ROOT, "%4d", c));
      }
      out.append(String.format(Locale.ROOT, "%-6s %5d %5d %5d %6.3f %6.3f %6.3f  %s%n",
          s.layer(), s.gold(), s.predicted(), s.truePositives(), s.precision(), s.recall(),
          s.f1(), row));
    }
    return out.toString();
  }

  /** {@link #format()} followed by one line per wrong or missing sentence. */
  public String formatWithDiffs() {
    return format() + System.lineSeparator() + String.join(System.lineSeparator(), diffs)
        + System.lineSeparator();
  }

  private static int sumRow(int[] row) {
    int n = 0;
    for (int c : row) {
      n += c;
    }
    return n;
  }
}
