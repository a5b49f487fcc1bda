package org.caspian.query.alert;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.caspian.model.Article;
import org.caspian.store.lucene.Schema;

/**
 * Matches one incoming article against saved query alerts without touching the index, the way
 * Lucene's monitor module does: the article's title and text go into a one-document
 * {@link MemoryIndex} analysed exactly as the index analyses them, and each alert's query runs
 * against it. Not thread-safe (one per thread).
 */
final class ArticleMatcher {
  private final Analyzer analyzer = Schema.analyzer();

  /** The query alerts among {@code alerts} that {@code article} matches. */
  List<SavedAlert> matching(Article article, List<SavedAlert> alerts) {
    MemoryIndex index = new MemoryIndex();
    index.addField(Schema.TITLE, article.title(), analyzer);
    index.addField(Schema.TEXT, article.text(), analyzer);
    List<SavedAlert> out = new ArrayList<>();
    for (SavedAlert a : alerts) {
      if (a.kind() == AlertKind.QUERY && index.search(AlertQueries.parse(a.query())) > 0) {
        out.add(a);
      }
    }
    return out;
  }
}
