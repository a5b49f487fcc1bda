package org.caspian.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.caspian.store.lucene.Schema;

/**
 * A {@link UnifiedHighlighter} that hands back the formatter's objects instead of strings and
 * highlights the title whole and the text by sentences in one pass over the stored fields.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
  private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

  SnippetHighlighter(Builder builder) {
    super(builder);
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    return Schema.TITLE.equals(field) ? new WholeBreakIterator()
        : (BreakIterator) SENTENCES.clone();
  }

  /** Per field, one formatted object per doc id, in the order of {@code docIds}. */
  Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] maxPassages)
      throws IOException {
    return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
  }
}
