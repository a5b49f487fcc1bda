package org.caspian.analysis.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caspian.analysis.Stage;
import org.caspian.model.AnalyzedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a stage (normally the full pipeline) over a {@link GoldSet} and scores its actors, events
 * and quotes against the gold annotations. Each gold item becomes an article with the item's id,
 * publication date and text. Scores are micro-averaged over all items.
 *
 * <pre>{@code
 * EvalReport report = new Evaluator(pipeline).run(GoldSet.load());
 * System.out.print(report.format());
 * }</pre>
 *
 * <p>Holds only the stage, so it is as thread-safe as the stage is. A stage that throws on an item
 * does not stop the run: the item is counted as failed and all its gold annotations as missed.
 */
public final class Evaluator {
  private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

  private final Stage stage;
  private final Conventions conventions;

  /** An evaluator for sets written to the current (version 2) conventions. */
  public Evaluator(Stage stage) {
    this(stage, Conventions.V2);
  }

  /** An evaluator for sets written to {@code conventions}. */
  public Evaluator(Stage stage, Conventions conventions) {
    this.stage = Objects.requireNonNull(stage, "stage");
    this.conventions = Objects.requireNonNull(conventions, "conventions");
  }

  /** Analyses every gold item and scores the result. */
  public EvalReport run(GoldSet gold) {
    Objects.requireNonNull(gold, "gold");
    long t0 = System.nanoTime();
    List<ItemScore> scores = new ArrayList<>(gold.size());
    int failed = 0;
    for (GoldItem item : gold.items()) {
      ItemScore s;
      try {
        AnalyzedArticle out = stage.apply(AnalyzedArticle.of(item.toArticle()));
        s = ItemScorer.score(item, out, conventions);
      } catch (RuntimeException e) {
        LOG.warn("stage {} failed on gold item {}", stage.name(), item.id(), e);
        failed++;
        s = ItemScorer.failed(item, e.toString());
      }
      scores.add(s);
    }
    LayerScore actors = LayerScore.zero("actors");
    LayerScore events = LayerScore.zero("events");
    LayerScore quotes = LayerScore.zero("quotes");
    EventAgreement agreement = EventAgreement.ZERO;
    for (ItemScore s : scores) {
      actors = actors.plus(s.actors());
      events = events.plus(s.events());
      quotes = quotes.plus(s.quotes());
      agreement = agreement.plus(s.agreement());
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    return new EvalReport(stage.name(), gold.size(), failed, actors, events, quotes, agreement,
        scores, millis);
  }
}
