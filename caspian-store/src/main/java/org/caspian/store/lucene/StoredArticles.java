package org.caspian.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.caspian.model.AnalyzedArticle;
import org.caspian.store.json.ArticleJson;
import org.slf4j.Logger;

/** Reads what the index holds for one article id, and how many articles it holds. */
final class StoredArticles {
  private StoredArticles() {}

  /** The stored value of {@code field} of the article {@code id}, or null when absent. */
  static String field(IndexSearcher s, String id, String field) throws IOException {
    TopDocs top = s.search(Schema.article(id), 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    return s.storedFields().document(top.scoreDocs[0].doc, Set.of(field)).get(field);
  }

  /** The stored values of {@code fields} of the article {@code id} (absent ones null), or null. */
  static Map<String, String> fields(IndexSearcher s, String id, String... fields)
      throws IOException {
    TopDocs top = s.search(Schema.article(id), 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    Document d = s.storedFields().document(top.scoreDocs[0].doc, Set.of(fields));
    Map<String, String> out = new HashMap<>();
    for (String f : fields) {
      out.put(f, d.get(f));
    }
    return out;
  }

  /** Number of articles the searcher sees. */
  static long count(IndexSearcher s) throws IOException {
    return s.count(Schema.kind(Schema.KIND_ARTICLE));
  }

  /** Number of articles indexed with an older schema than {@link Schema#VERSION}. */
  static long outdated(IndexSearcher s) throws IOException {
    Query current = new TermQuery(new Term(Schema.SCHEMA, Integer.toString(Schema.VERSION)));
    return s.count(new BooleanQuery.Builder()
        .add(Schema.kind(Schema.KIND_ARTICLE), Occur.FILTER)
        .add(current, Occur.MUST_NOT)
        .build());
  }

  /** How many articles of the newest commit {@code store} sees are of an older schema. */
  static long outdated(SearcherSource store, Path path) {
    try {
      return store.withSearcher(StoredArticles::outdated);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read index " + path, e);
    }
  }

  /**
   * Warns, in one line naming the index, when some of its articles were indexed before the current
   * schema: search still finds them by their words, but not by the inflected forms, other
   * spellings and actor names of schema 2 until they are indexed again.
   */
  static void warnIfOutdated(SearcherSource store, Path path, Logger log) {
    long old = outdated(store, path);
    if (old > 0) {
      log.warn("Index {} holds {} articles indexed before schema {}: those of schema 1 (before "
          + "search across languages) are found by their exact words only, not by other forms or "
          + "spellings nor by actor name; those of schema 2 store their text twice. Run the same "
          + "`caspian ingest` again with --reanalyze to re-index them, or ingest into a new "
          + "--index.", path, old, Schema.VERSION);
    }
  }

  /**
   * The article {@code id} as the newest commit {@code store} sees holds it ({@code path} names
   * the index in the error): the one reading of the writer and the read-only store.
   */
  static Optional<AnalyzedArticle> get(SearcherSource store, ArticleJson json, String id,
      Path path) {
    Objects.requireNonNull(id, "id");
    try {
      Map<String, String> f = store.withSearcher(s -> fields(s, id, Schema.JSON, Schema.TEXT));
      return Optional.ofNullable(f).map(m -> json.fromStoredLine(m.get(Schema.JSON),
          m.get(Schema.TEXT)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read index " + path, e);
    }
  }

  /** How many articles the newest commit {@code store} sees holds. */
  static long count(SearcherSource store, Path path) {
    try {
      return store.withSearcher(StoredArticles::count);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read index " + path, e);
    }
  }
}
