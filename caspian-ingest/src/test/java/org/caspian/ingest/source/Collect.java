package org.caspian.ingest.source;

import java.util.ArrayList;
import java.util.List;
import org.caspian.ingest.IngestResult;
import org.caspian.model.Article;

/** Runs a source and keeps what it produced, for tests. */
final class Collect {
  final List<IngestResult> results = new ArrayList<>();

  static Collect read(ArticleSource source, SourceInput input) throws SourceException {
    Collect c = new Collect();
    source.read(input, c.results::add);
    return c;
  }

  List<Article> articles() {
    return results.stream().filter(IngestResult::succeeded).map(IngestResult::article).toList();
  }

  List<String> errors() {
    return results.stream().filter(r -> !r.succeeded()).map(IngestResult::message).toList();
  }
}
