package org.caspian.cli;

import java.util.function.Supplier;
import org.caspian.analysis.Pipeline;

/**
 * Builds the pipeline (dictionaries, language models: seconds) on first use only, so an ingest
 * that finds everything already stored never pays for it. Thread-safe.
 */
final class LazyPipeline implements Supplier<Pipeline> {
  private final Supplier<Pipeline> factory;
  private Pipeline pipeline;

  LazyPipeline(Supplier<Pipeline> factory) {
    this.factory = factory;
  }

  @Override
  public synchronized Pipeline get() {
    if (pipeline == null) {
      pipeline = factory.get();
    }
    return pipeline;
  }
}
