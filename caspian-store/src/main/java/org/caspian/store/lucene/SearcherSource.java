package org.caspian.store.lucene;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;

/**
 * Lends an up-to-date {@link IndexSearcher} for the duration of one call, so that query code can
 * read the index without managing reader life cycles. Implementations are thread-safe; the searcher
 * must not be kept after the call returns.
 */
public interface SearcherSource {

  /** Work done with a borrowed searcher. */
  @FunctionalInterface
  interface SearchCall<T> {
    /** Reads the index through {@code searcher}. */
    T apply(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs {@code call} against a searcher that sees every write made before this method was called.
   */
  <T> T withSearcher(SearchCall<T> call) throws IOException;
}
