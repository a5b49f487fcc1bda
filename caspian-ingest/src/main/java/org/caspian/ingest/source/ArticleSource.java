package org.caspian.ingest.source;

import java.util.function.Consumer;
import org.caspian.ingest.IngestResult;

/** One input format: reads every article in an input. Implementations are thread-safe. */
public interface ArticleSource {

  /** A short name of the format for messages ("feed", "telegram", "warc", "web page"). */
  String format();

  /**
   * Reads the input; each article, or each item that could not be read, goes to {@code sink}.
   *
   * @throws SourceException with a one-line reason when the input as a whole is not readable in
   *     this format (items already sent to the sink stay sent)
   */
  void read(SourceInput input, Consumer<IngestResult> sink) throws SourceException;
}
