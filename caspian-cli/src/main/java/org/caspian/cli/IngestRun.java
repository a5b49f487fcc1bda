package org.caspian.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.caspian.model.Article;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.caspian.analysis.Pipeline;
import org.caspian.ingest.FileIngestor;
import org.caspian.ingest.outlet.OutletRegistry;
import org.caspian.ingest.outlet.OutletResolver;
import org.caspian.store.ArticleStore;

/**
 * One ingest of files into a store, as {@code caspian ingest} runs it: files read in order, each
 * record analysed on a pool and committed in batches, stopping between records when asked.
 */
final class IngestRun {
  private final FileIngestor ingestor;
  private final Supplier<Pipeline> pipeline;
  private final int threads;
  private final Batching batching;
  private final InputFingerprint fingerprint;
  private final OutletResolver outlets;
  private Consumer<Article> onStored = a -> { };

  IngestRun(FileIngestor ingestor, Supplier<Pipeline> pipeline, int threads, Batching batching,
      InputFingerprint fingerprint) {
    this(ingestor, pipeline, threads, batching, fingerprint,
        new OutletResolver(OutletRegistry.builtIn()));
  }

  IngestRun(FileIngestor ingestor, Supplier<Pipeline> pipeline, int threads, Batching batching,
      InputFingerprint fingerprint, OutletResolver outlets) {
    this.outlets = outlets;
    this.ingestor = ingestor;
    this.pipeline = pipeline;
    this.threads = threads;
    this.batching = batching;
    this.fingerprint = fingerprint;
  }

  /** Tells {@code listener} of each article stored new or changed (alert matching). */
  IngestRun onStored(Consumer<Article> listener) {
    this.onStored = listener;
    return this;
  }

  /**
   * Ingests {@code files} (as listed by {@link FileIngestor#files}) into {@code store}.
   *
   * @throws IOException when a commit fails; what was committed before stays
   */
  Indexer.Counts run(List<Path> files, ArticleStore store, ErrorLog errors, Progress progress,
      BooleanSupplier stop) throws IOException {
    try (Indexer indexer = new Indexer(pipeline, store, errors, threads, batching, progress,
        fingerprint, outlets).onStored(onStored)) {
      BooleanSupplier halt = () -> stop.getAsBoolean() || indexer.broken();
      for (Path f : files) {
        if (halt.getAsBoolean()) {
          break;
        }
        ingestor.readFile(f, indexer::accept, halt);
      }
      return indexer.finish();
    } finally {
      progress.end();
    }
  }
}
