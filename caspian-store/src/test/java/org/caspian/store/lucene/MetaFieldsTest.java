package org.caspian.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.ArticleField;
import org.caspian.model.ArticleMeta;
import org.caspian.model.Provenance;
import org.caspian.store.json.ArticleJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetaFieldsTest {
  @TempDir
  Path dir;

  private static Article withMeta(String id, OffsetDateTime at, Provenance dateFrom) {
    ArticleMeta meta = new ArticleMeta(at, "ru", "Anna Petrova", "example.am",
        "https://example.am/news/1", "Agency X", Map.of(ArticleField.PUBLISHED, dateFrom,
            ArticleField.AUTHOR, Provenance.PAGE_META, ArticleField.LANGUAGE, Provenance.FEED));
    return new Article(id, "Title " + id, "Example", "https://example.am/news/1?utm=x", null,
        "Yerevan and Baku met in Brussels. " + id, meta);
  }

  @Test
  void metadata_survives_the_store_and_the_public_json() throws IOException {
    OffsetDateTime at = OffsetDateTime.of(2025, 6, 30, 23, 30, 0, 0, ZoneOffset.ofHours(4));
    Article art = withMeta("m1", at, Provenance.PAGE_META);
    assertThat(art.published()).isEqualTo(LocalDate.of(2025, 6, 30));
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(AnalyzedArticle.of(art));
      Article back = store.get("m1").orElseThrow().article();
      assertThat(back).isEqualTo(art);
      assertThat(back.meta().publishedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(4));
      long found = store.withSearcher(s -> (long) s.count(
          new TermQuery(new Term(MetaFields.DOMAIN, "example.am"))));
      assertThat(found).isEqualTo(1);
    }
    String line = new ArticleJson().toLine(AnalyzedArticle.of(art));
    assertThat(line).contains("\"publishedAt\":\"2025-06-30T23:30+04:00\"")
        .contains("\"publishedFallback\":false").contains("\"author\":\"Anna Petrova\"")
        .contains("\"provenance\":{").contains("\"published\":\"page_meta\"")
        .contains("\"sourceLanguage\":\"ru\"").contains("\"canonicalUrl\":")
        .contains("\"originalSource\":\"Agency X\"");
  }

  @Test
  void a_fallback_time_is_kept_but_not_counted_by_date() throws IOException {
    OffsetDateTime fetched = OffsetDateTime.of(2025, 7, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(AnalyzedArticle.of(withMeta("real", fetched, Provenance.FEED)));
      store.put(AnalyzedArticle.of(withMeta("fallback", fetched, Provenance.FETCH_TIME)));
      long day = LocalDate.of(2025, 7, 1).toEpochDay();
      long dated = store.withSearcher(s -> (long) s.count(new BooleanQuery.Builder()
          .add(Schema.kind(Schema.KIND_ARTICLE), Occur.FILTER)
          .add(LongPoint.newExactQuery(Schema.PUBLISHED, day), Occur.FILTER).build()));
      long marked = store.withSearcher(s -> (long) s.count(
          new TermQuery(new Term(MetaFields.PUBLISHED_FALLBACK, "true"))));
      long second = fetched.toEpochSecond();
      long atSecond = store.withSearcher(s -> (long) s.count(
          LongPoint.newExactQuery(MetaFields.PUBLISHED_AT, second)));
      assertThat(dated).isEqualTo(1);
      assertThat(atSecond).isEqualTo(1);
      assertThat(marked).isEqualTo(1);
      Article back = store.get("fallback").orElseThrow().article();
      assertThat(back.published()).isNull();
      assertThat(back.meta().publishedAt()).isEqualTo(fetched);
      assertThat(back.meta().publishedIsFallback()).isTrue();
    }
  }

  @Test
  void a_document_written_before_the_metadata_existed_reads_back_without_it() {
    String old = "{\"id\":\"o1\",\"title\":\"t\",\"source\":\"s\",\"url\":\"\",\"language\":\"en\","
        + "\"published\":\"2024-01-02\",\"actors\":[],\"events\":[],\"quotes\":[],"
        + "\"framing\":[],\"tone\":0.0,\"sentences\":[],\"text\":\"Body.\"}";
    Article a = new ArticleJson().fromStoredLine(old).article();
    assertThat(a.meta()).isEqualTo(ArticleMeta.NONE);
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 2));
  }
}
