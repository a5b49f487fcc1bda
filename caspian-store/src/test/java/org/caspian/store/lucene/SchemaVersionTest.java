package org.caspian.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.caspian.model.AnalyzedArticle;
import org.caspian.store.json.ArticleJson;
import org.caspian.store.testing.Corpus;
import org.caspian.store.text.LanguageFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written before schema 2 keeps working, says so, and is brought up to date by a put. */
class SchemaVersionTest {
  @TempDir
  Path dir;

  /** Writes {@code a} as schema 1 did: no schema marker, no per-language fields, no actor names. */
  private void writeSchemaOne(AnalyzedArticle a) throws IOException {
    String line = new ArticleJson().toStoredLine(a);
    List<Document> docs = Documents.documents(a, line, "old-hash", null, null,
        Schema.facetsConfig());
    Document article = docs.get(0);
    article.removeFields(Schema.SCHEMA);
    article.removeFields(Schema.ACTOR_NAME);
    article.removeFields(LanguageFields.title(a.language()));
    article.removeFields(LanguageFields.text(a.language()));
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Schema.analyzer()))) {
      w.addDocuments(docs);
    }
  }

  @Test
  void an_old_article_is_counted_still_found_and_reindexed_by_a_put() throws IOException {
    AnalyzedArticle apa = Corpus.apa();
    writeSchemaOne(apa);
    try (ReadOnlyLuceneStore ro = ReadOnlyLuceneStore.open(dir)) {
      assertThat(ro.count()).isEqualTo(1);
      assertThat(ro.outdatedCount()).isEqualTo(1);
      int found = ro.withSearcher(s -> s.count(new TermQuery(new Term(Schema.TEXT, "pipeline"))));
      assertThat(found).isEqualTo(1);
    }
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThat(store.outdatedCount()).isEqualTo(1);
      assertThat(store.put(apa)).as("same JSON, older schema: indexed again").isTrue();
      store.commit();
      assertThat(store.outdatedCount()).isZero();
      assertThat(store.count()).isEqualTo(1);
      int stemmed = store.withSearcher(s -> s.count(
          new TermQuery(new Term(LanguageFields.text("en"), "pipelin"))));
      assertThat(stemmed).isEqualTo(1);
      assertThat(store.put(apa)).as("now current: nothing to do").isFalse();
    }
  }

  @Test
  void a_new_index_has_nothing_outdated() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      for (AnalyzedArticle a : Corpus.all()) {
        store.put(a);
      }
      store.commit();
      assertThat(store.count()).isEqualTo(Corpus.all().size());
      assertThat(store.outdatedCount()).isZero();
    }
  }
}
