package org.caspian.analysis.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Micro-averaged scores of a pipeline over a gold set.
 *
 * @param stage name of the stage that was evaluated
 * @param items how many gold items were run
 * @param failed how many items made the stage throw (their gold annotations count as missed)
 * @param actors actor layer counts
 * @param events event layer counts (match on source, target and CAMEO root)
 * @param quotes quote layer counts
 * @param agreement exact-code, modality and date agreement over matched events
 * @param perItem per-item scores, in gold order
 * @param millis wall time of the run
 */
public record EvalReport(
    String stage,
    int items,
    int failed,
    LayerScore actors,
    LayerScore events,
    LayerScore quotes,
    EventAgreement agreement,
    List<ItemScore> perItem,
    long millis) {

  public EvalReport {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(quotes, "quotes");
    Objects.requireNonNull(agreement, "agreement");
    perItem = List.copyOf(perItem);
  }

  /** The three layer scores in display order. */
  public List<LayerScore> layers() {
    return List.of(actors, events, quotes);
  }

  /** Every per-item diff line (missed, spurious, partial), in gold order. */
  public List<String> diffs() {
    List<String> all = new ArrayList<>();
    for (ItemScore s : perItem) {
      all.addAll(s.diffs());
    }
    return all;
  }

  /** A readable table: one row per layer, then event agreement figures. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Evaluation of %s on %d gold items (%d failed, %d ms)%n",
        stage, items, failed, millis));
    sb.append(String.format(Locale.ROOT, "%-8s %6s %10s %6s %10s %8s %8s%n",
        "layer", "gold", "predicted", "tp", "precision", "recall", "F1"));
    for (LayerScore l : layers()) {
      sb.append(String.format(Locale.ROOT, "%-8s %6d %10d %6d %10.3f %8.3f %8.3f%n",
          l.layer(), l.gold(), l.predicted(), l.truePositives(), l.precision(), l.recall(),
          l.f1()));
    }
    EventAgreement a = agreement;
    sb.append(String.format(Locale.ROOT,
        "events matched on dyad + CAMEO root: %d; exact code %d (%.3f); modality %d (%.3f);"
            + " date %d/%d (%.3f)%n",
        a.matched(), a.exactCode(), a.exactCodeRate(), a.modality(), a.modalityAccuracy(),
        a.dateAgrees(), a.datesCompared(), a.dateAccuracy()));
    return sb.toString();
  }

  /** {@link #format()} followed by every diff line. */
  public String formatWithDiffs() {
    StringBuilder sb = new StringBuilder(format());
    List<String> d = diffs();
    sb.append(String.format(Locale.ROOT, "%d diff lines%n", d.size()));
    for (String line : d) {
      sb.append(line).append(System.lineSeparator());
    }
    return sb.toString();
  }
}
