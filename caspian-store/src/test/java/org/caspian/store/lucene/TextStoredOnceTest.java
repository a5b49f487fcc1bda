package org.caspian.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.caspian.model.AnalyzedArticle;
import org.caspian.store.json.ArticleJson;
import org.caspian.store.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 3 stores an article's text once, in its text field: the stored JSON line goes without
 * it, reading joins them, and an article written by schema 2 (text inside its JSON) reads the same.
 */
class TextStoredOnceTest {
  @TempDir Path dir;

  @Test
  void the_json_line_has_no_text_and_the_article_reads_back_whole() throws IOException {
    AnalyzedArticle apa = Corpus.apa();
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(apa);
      store.commit();
      Map<String, String> stored = store.withSearcher(s -> StoredArticles.fields(s,
          apa.article().id(), Schema.JSON, Schema.TEXT));
      assertThat(new ObjectMapper().readTree(stored.get(Schema.JSON)).has("text")).isFalse();
      assertThat(stored.get(Schema.TEXT)).isEqualTo(apa.article().text());
      AnalyzedArticle back = store.get(apa.article().id()).orElseThrow();
      assertThat(back.article()).isEqualTo(apa.article());
      assertThat(back.events()).isEqualTo(apa.events());
      assertThat(store.put(apa)).as("same article again: nothing to write").isFalse();
    }
  }

  @Test
  void an_article_of_schema_two_with_its_text_in_the_json_reads_the_same() throws IOException {
    AnalyzedArticle apa = Corpus.apa();
    String line = new ArticleJson().toStoredLine(apa); // schema 2 kept the text in the JSON
    List<Document> docs = Documents.documents(apa, line, "schema-2-hash", null, null,
        Schema.facetsConfig());
    docs.get(0).removeFields(Schema.SCHEMA);
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Schema.analyzer()))) {
      w.addDocuments(docs);
    }
    try (ReadOnlyLuceneStore ro = ReadOnlyLuceneStore.open(dir)) {
      assertThat(ro.get(apa.article().id()).orElseThrow().article()).isEqualTo(apa.article());
      assertThat(ro.outdatedCount()).isEqualTo(1);
    }
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThat(store.put(apa)).as("older schema: written again").isTrue();
      store.commit();
      assertThat(store.outdatedCount()).isZero();
      assertThat(store.get(apa.article().id()).orElseThrow().article()).isEqualTo(apa.article());
    }
  }
}
