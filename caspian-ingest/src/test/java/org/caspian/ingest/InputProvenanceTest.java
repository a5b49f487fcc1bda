package org.caspian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import org.caspian.model.Article;
import org.caspian.model.ArticleField;
import org.caspian.model.Provenance;
import org.junit.jupiter.api.Test;

/** Plain-text headers and JSON Lines fields record where each field came from. */
class InputProvenanceTest {

  @Test
  void text_headers_are_input_and_author_and_language_are_kept() {
    IngestResult r = new TextFileReader().parse("a.txt", """
        Title: Baku cancels Russian cultural events
        Source: APA
        Published: 2025-06-28T10:15:00+04:00
        URL: https://www.apa.az/a/1
        Author: Anar Mammadov
        Language: az-Latn

        Body text of the article.
        """);
    Article a = r.article();
    assertThat(a.meta().author()).isEqualTo("Anar Mammadov");
    assertThat(a.meta().language()).isEqualTo("az");
    assertThat(a.meta().domain()).isEqualTo("apa.az");
    assertThat(a.meta().publishedAt()).isEqualTo(OffsetDateTime.parse("2025-06-28T10:15:00+04:00"));
    assertThat(a.meta().provenance()).containsExactlyInAnyOrderEntriesOf(Map.of(
        ArticleField.TITLE, Provenance.INPUT, ArticleField.SOURCE, Provenance.INPUT,
        ArticleField.PUBLISHED, Provenance.INPUT, ArticleField.URL, Provenance.INPUT,
        ArticleField.DOMAIN, Provenance.INPUT, ArticleField.AUTHOR, Provenance.INPUT,
        ArticleField.LANGUAGE, Provenance.INPUT));
  }

  @Test
  void a_title_guessed_from_the_first_line_is_text_and_an_unknown_language_is_dropped() {
    Article a = new TextFileReader().parse("b.txt", """
        Language: Klingon

        Talks resume in Brussels
        Armenia and Azerbaijan resumed talks on Monday.
        """).article();
    assertThat(a.title()).isEqualTo("Talks resume in Brussels");
    assertThat(a.meta().language()).isEmpty();
    assertThat(a.meta().provenance()).containsExactly(Map.entry(ArticleField.TITLE,
        Provenance.TEXT));
  }

  @Test
  void no_header_and_no_title_records_nothing() {
    Article a = new TextFileReader().parse("c.txt", "Just one sentence of text.").article();
    assertThat(a.meta().provenance()).isEmpty();
  }

  @Test
  void json_lines_fields_are_input() {
    Article a = new JsonLinesReader().parse("d.jsonl:1", """
        {"text": "Body.", "title": "T", "outlet": "TASS", "url": "https://tass.ru/x",
         "date": "2025-06-30", "byline": "Ivan Petrov", "lang": "ru"}""".replace("\n", ""))
        .article();
    assertThat(a.meta().author()).isEqualTo("Ivan Petrov");
    assertThat(a.meta().language()).isEqualTo("ru");
    assertThat(a.meta().domain()).isEqualTo("tass.ru");
    assertThat(a.meta().publishedAt()).isNull();
    assertThat(a.meta().provenance()).containsOnlyKeys(ArticleField.TITLE, ArticleField.SOURCE,
        ArticleField.URL, ArticleField.DOMAIN, ArticleField.PUBLISHED, ArticleField.AUTHOR,
        ArticleField.LANGUAGE);
    assertThat(a.meta().provenance().values()).containsOnly(Provenance.INPUT);
    Article bare = new JsonLinesReader().parse("d.jsonl:2", "{\"text\": \"Only text.\"}")
        .article();
    assertThat(bare.meta().provenance()).isEmpty();
  }
}
