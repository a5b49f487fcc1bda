package org.caspian.analysis.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.caspian.analysis.Stage;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.CameoTaxonomy;
import org.caspian.model.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores a stage (normally the whole pipeline, actors included) on the PLOVER gold-standard
 * records: CAMEO manual example sentences re-coded in PLOVER by its authors. Each record is
 * analysed as an article of its own; every coded event with a PLOVER category becomes a
 * {@link DyadKey}, duplicates removed, and is matched one-to-one to the expected events at three
 * levels (dyad + category, source + category, category only), strict and lenient.
 *
 * <p>Holds only the stage and the taxonomy, so it is as thread-safe as the stage is.
 */
public final class PloverEvaluator {
  private static final Logger LOG = LoggerFactory.getLogger(PloverEvaluator.class);

  private final Stage stage;
  private final CameoTaxonomy taxonomy;

  public PloverEvaluator(Stage stage, CameoTaxonomy taxonomy) {
    this.stage = Objects.requireNonNull(stage, "stage");
    this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
  }

  /** Analyses every record with a text and scores it. */
  public PloverReport run(List<ExternalRecord> records) {
    Map<String, LayerScore> scores = new TreeMap<>();
    Map<String, LayerScore> perCategory = new TreeMap<>();
    List<String> diffs = new ArrayList<>();
    int sentences = 0;
    int withEvent = 0;
    for (ExternalRecord rec : records) {
      if (rec.text().isBlank()) {
        continue;
      }
      sentences++;
      List<DyadKey> gold = new ArrayList<>();
      for (ExternalRecord.Expected e : rec.expected()) {
        gold.add(new DyadKey(DyadKey.goldPrincipal(e.source()),
            DyadKey.goldPrincipal(e.target()), e.category()));
      }
      List<DyadKey> predicted = DyadKey.asParticipants(predict(rec), gold);
      withEvent += predicted.isEmpty() ? 0 : 1;
      List<String> lines = new ArrayList<>();
      for (DyadKey.Level level : DyadKey.Level.values()) {
        for (boolean lenient : new boolean[] {false, true}) {
          // The strictest comparison also gives the per-category counts and the diff lines.
          boolean strictest = level == DyadKey.Level.DYAD && !lenient;
          scores.merge(PloverReport.name(level, lenient), match(gold, predicted, level, lenient,
              strictest ? perCategory : null, strictest ? lines : null), LayerScore::plus);
        }
      }
      if (!lines.isEmpty()) {
        diffs.add(rec.id() + "  " + rec.text());
        diffs.addAll(lines);
      }
    }
    return new PloverReport(sentences, withEvent, scores, perCategory, diffs);
  }

  private List<DyadKey> predict(ExternalRecord rec) {
    Set<DyadKey> keys = new LinkedHashSet<>();
    try {
      AnalyzedArticle out = stage.apply(AnalyzedArticle.of(rec.toArticle()));
      for (Event e : out.events()) {
        DyadKey k = DyadKey.of(e, taxonomy);
        if (k != null) {
          keys.add(k);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("stage {} failed on record {}", stage.name(), rec.id(), e);
    }
    return new ArrayList<>(keys);
  }

  /**
   * Greedy one-to-one matching; returns the counts and, when asked, adds per-category counts and
   * miss/spurious lines.
   */
  static LayerScore match(List<DyadKey> gold, List<DyadKey> predicted, DyadKey.Level level,
      boolean lenient, Map<String, LayerScore> perCategory, List<String> diffs) {
    boolean[] used = new boolean[predicted.size()];
    int tp = 0;
    for (DyadKey g : gold) {
      int hit = -1;
      for (int i = 0; i < predicted.size() && hit < 0; i++) {
        if (!used[i] && g.fits(predicted.get(i), level, lenient)) {
          hit = i;
        }
      }
      if (hit >= 0) {
        used[hit] = true;
        tp++;
      } else if (diffs != null) {
        diffs.add("  missed    " + g);
      }
      if (perCategory != null) {
        perCategory.merge(g.category(), new LayerScore(g.category(), 1, hit >= 0 ? 1 : 0,
            hit >= 0 ? 1 : 0), LayerScore::plus);
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        if (diffs != null) {
          diffs.add("  spurious  " + predicted.get(i));
        }
        if (perCategory != null) {
          String c = predicted.get(i).category();
          perCategory.merge(c, new LayerScore(c, 0, 1, 0), LayerScore::plus);
        }
      }
    }
    return new LayerScore(level.label, gold.size(), predicted.size(), tp);
  }
}
