package org.caspian.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caspian.ingest.IngestResult;
import org.caspian.model.Article;
import org.caspian.model.ArticleField;
import org.caspian.model.Provenance;
import org.junit.jupiter.api.Test;

class WebPageReaderTest {
  private static final Instant FETCHED = Instant.parse("2025-02-03T04:05:06Z");
  private final WebPageReader reader = new WebPageReader(1 << 20);

  private List<IngestResult> read(String html, URI location) throws SourceException {
    return read(html.getBytes(StandardCharsets.UTF_8), location);
  }

  private List<IngestResult> read(byte[] html, URI location) throws SourceException {
    return Collect.read(reader, new SourceInput("page", location, FETCHED,
        () -> new java.io.ByteArrayInputStream(html))).results;
  }

  private static final String BODY = "<article><p>The foreign ministers met in Tbilisi on "
      + "Friday to discuss the railway, officials said.</p><p>They agreed to meet again in "
      + "the spring, according to a joint statement.</p></article>";

  @Test
  void json_ld_in_a_graph_wins_and_relative_canonical_resolves_against_the_address()
      throws SourceException {
    String html = "<html lang=\"en-GB\"><head><title>Site | Headline</title>"
        + "<meta property=\"og:title\" content=\"OG headline\">"
        + "<meta property=\"og:site_name\" content=\"Tbilisi Times\">"
        + "<link rel=\"canonical\" href=\"/news/railway\">"
        + "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\"},"
        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"LD headline\",\"datePublished\":"
        + "\"2025-01-31T18:00:00+04:00\",\"author\":[{\"name\":\"A. One\"},{\"name\":\"B. Two\"}]"
        + "}]}</script></head><body>" + BODY + "</body></html>";
    Article a = read(html, URI.create("https://tt.example/x/page?id=1")).get(0).article();
    assertThat(a.title()).isEqualTo("LD headline");
    assertThat(a.meta().author()).isEqualTo("A. One, B. Two");
    assertThat(a.meta().publishedAt()).hasToString("2025-01-31T18:00+04:00");
    assertThat(a.meta().canonicalUrl()).isEqualTo("https://tt.example/news/railway");
    assertThat(a.url()).isEqualTo("https://tt.example/x/page?id=1");
    assertThat(a.meta().language()).isEqualTo("en");
    assertThat(a.source()).isEqualTo("Tbilisi Times");
    assertThat(a.meta().domain()).isEqualTo("tt.example");
    assertThat(a.text()).startsWith("The foreign ministers met").contains("\n\nThey agreed");
  }

  @Test
  void a_date_only_in_the_byline_comes_from_the_text_and_none_at_all_is_a_fallback()
      throws SourceException {
    String byline = "<html><body><div class=\"post-date\">Опубликовано 5 марта 2025</div>"
        + BODY + "</body></html>";
    Article dated = read(byline, null).get(0).article();
    assertThat(dated.published()).isEqualTo(LocalDate.of(2025, 3, 5));
    assertThat(dated.meta().provenanceOf(ArticleField.PUBLISHED)).isEqualTo(Provenance.TEXT);
    assertThat(dated.meta().publishedIsFallback()).isFalse();

    Article undated = read("<html><body>" + BODY + "</body></html>", null).get(0).article();
    assertThat(undated.meta().publishedIsFallback()).isTrue();
    assertThat(undated.published()).isNull();
    assertThat(undated.meta().publishedAt().toInstant()).isEqualTo(FETCHED);
    assertThat(undated.url()).as("no address, no absolute canonical").isEmpty();
  }

  @Test
  void a_relative_canonical_without_an_address_is_dropped_and_the_charset_is_honoured()
      throws SourceException {
    String html = "<html><head><meta charset=\"windows-1251\"><link rel=\"canonical\" "
        + "href=\"/a\"></head><body><article><p>Министры иностранных дел встретились в Баку, "
        + "сообщили в ведомстве.</p></article></body></html>";
    Article a = read(html.getBytes(Charset.forName("windows-1251")), null).get(0).article();
    assertThat(a.meta().canonicalUrl()).isEmpty();
    assertThat(a.text()).startsWith("Министры иностранных дел");
  }

  @Test
  void a_page_without_text_is_one_failure() throws SourceException {
    List<IngestResult> r = read("<html><body><nav><a href=\"/\">Home</a></nav></body></html>",
        null);
    assertThat(r).singleElement().satisfies(x ->
        assertThat(x.message()).isEqualTo("page: no main text found in the page"));
  }
}
