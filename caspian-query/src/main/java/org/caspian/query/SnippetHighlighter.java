package org.caspian.query;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** A {@link UnifiedHighlighter} that hands back the formatter's objects instead of strings. */
final class SnippetHighlighter extends UnifiedHighlighter {

  SnippetHighlighter(Builder builder) {
    super(builder);
  }

  /** Per field, one formatted object per doc id, in the order of {@code docIds}. */
  Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] maxPassages)
      throws IOException {
    return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
  }
}
