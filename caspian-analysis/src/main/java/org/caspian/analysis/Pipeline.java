package org.caspian.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Layer;

/**
 * An ordered list of stages whose requirements were checked when it was built. A pipeline is
 * itself a stage. Thread-safe when its stages are.
 */
public final class Pipeline implements Stage {
  private final List<Stage> stages;
  private final Set<Layer> provides;

  private Pipeline(List<Stage> stages, Set<Layer> provides) {
    this.stages = List.copyOf(stages);
    this.provides = Set.copyOf(provides);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage> stages() {
    return stages;
  }

  @Override
  public String name() {
    return stages.stream().map(Stage::name).collect(Collectors.joining(",", "pipeline(", ")"));
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> provides() {
    return provides;
  }

  /** Runs every stage on a fresh article. */
  public AnalyzedArticle analyze(Article article) {
    return apply(AnalyzedArticle.of(article));
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    AnalyzedArticle a = in;
    for (Stage s : stages) {
      try {
        a = s.apply(a);
      } catch (RuntimeException e) {
        throw new StageException(in.article().id(), s.name(), e);
      }
    }
    return a;
  }

  /** Collects stages and checks their order. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();

    private Builder() {}

    public Builder add(Stage stage) {
      stages.add(stage);
      return this;
    }

    /**
     * Builds the pipeline.
     *
     * @throws IllegalStateException naming the stage and the missing layers when a stage requires
     *     a layer no earlier stage provides
     */
    public Pipeline build() {
      EnumSet<Layer> have = EnumSet.noneOf(Layer.class);
      for (Stage s : stages) {
        EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
        missing.addAll(s.requires());
        missing.removeAll(have);
        if (!missing.isEmpty()) {
          throw new IllegalStateException("stage '" + s.name() + "' requires " + missing
              + " but the stages before it only provide " + have);
        }
        have.addAll(s.provides());
      }
      return new Pipeline(stages, have);
    }
  }
}
