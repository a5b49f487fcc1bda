package org.caspian.ingest;

import java.util.Objects;
import org.caspian.model.Article;

/**
 * The outcome of reading one input item.
 *
 * @param origin where it came from: a file path, or {@code path:line} for JSON Lines
 * @param article the article, or {@code null} when reading failed
 * @param error a one-line reason when reading failed, otherwise {@code null}
 */
public record IngestResult(String origin, Article article, String error) {
  public IngestResult {
    Objects.requireNonNull(origin, "origin");
    if ((article == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of article and error must be set");
    }
    if (error != null) {
      error = error.replaceAll("[\\r\\n]+", " "); // always one line
    }
  }

  public static IngestResult ok(String origin, Article article) {
    return new IngestResult(origin, article, null);
  }

  public static IngestResult failed(String origin, String error) {
    return new IngestResult(origin, null, error);
  }

  public boolean succeeded() {
    return article != null;
  }

  /** "origin: error", for logs and the CLI's stderr. */
  public String message() {
    return succeeded() ? origin + ": ok" : origin + ": " + error;
  }
}
