package org.caspian.query;

import java.io.IOException;
import java.nio.file.Path;
import org.caspian.model.AnalyzedArticle;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.testing.Corpus;

/** The query tests' index: a Lucene store in a folder, holding the whole test corpus. */
public final class CorpusIndex {
  private CorpusIndex() {}

  /** Opens a store in {@code dir} and puts every article of {@link Corpus#all()} in it. */
  public static LuceneStore open(Path dir) throws IOException {
    LuceneStore store = LuceneStore.open(dir);
    for (AnalyzedArticle a : Corpus.all()) {
      store.put(a);
    }
    return store;
  }
}
