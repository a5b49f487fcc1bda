package org.caspian.analysis.eval;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.caspian.analysis.Stage;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Layer;

/** A stage for evaluator tests: a prepared function per article id; unknown ids throw. */
final class PreparedStage implements Stage {
  private final Map<String, UnaryOperator<AnalyzedArticle>> prepared;

  PreparedStage(Map<String, UnaryOperator<AnalyzedArticle>> prepared) {
    this.prepared = Map.copyOf(prepared);
  }

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.ACTORS, Layer.EVENTS, Layer.QUOTES);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    UnaryOperator<AnalyzedArticle> f = prepared.get(in.article().id());
    if (f == null) {
      throw new IllegalStateException("no prepared output for " + in.article().id());
    }
    return f.apply(in);
  }
}
