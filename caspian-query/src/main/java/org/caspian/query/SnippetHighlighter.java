package org.caspian.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.caspian.store.lucene.Schema;

/**
 * A {@link UnifiedHighlighter} that hands back the formatter's objects instead of strings and
 * highlights the title whole and the text by sentences, from titles and texts the caller has
 * already read from the stored fields (so they are not read twice).
 */
final class SnippetHighlighter extends UnifiedHighlighter {
  private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);
  /** By doc id: the stored value of each field, by field name. */
  private final Map<Integer, Map<String, String>> stored;

  /** A highlighter reading the values of {@code stored} (by doc id, then field). */
  SnippetHighlighter(Builder builder, Map<Integer, Map<String, String>> stored) {
    super(builder);
    this.stored = Map.copyOf(stored);
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
      int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> out = new ArrayList<>();
    for (int d = docIter.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docIter.nextDoc()) {
      Map<String, String> values = stored.get(d);
      if (values == null) {
        throw new IllegalStateException("doc " + d + " was not read before highlighting");
      }
      CharSequence[] row = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        String v = values.get(fields[f]);
        row[f] = v == null || v.length() <= getMaxLength() ? v : v.substring(0, getMaxLength());
      }
      out.add(row);
    }
    return out;
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
