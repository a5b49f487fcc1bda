package org.caspian.analysis;

import java.util.Set;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Layer;

/**
 * One step of analysis. Implementations hold no mutable state and may be called from many threads
 * at once.
 */
public interface Stage {

  /** Short name used in configuration, logs and benchmark reports ("actors"). */
  String name();

  /** Layers that must be present before this stage runs. */
  Set<Layer> requires();

  /** Layers this stage adds. */
  Set<Layer> provides();

  /** Returns {@code in} with this stage's layers added; never modifies {@code in}. */
  AnalyzedArticle apply(AnalyzedArticle in);
}
