package org.caspian.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caspian.model.Article;
import org.caspian.model.ArticleField;
import org.caspian.model.Provenance;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private static final Instant FETCHED = Instant.parse("2025-07-01T08:00:00Z");
  private final FeedReader feeds = new FeedReader(1 << 20);

  static SourceInput input(String xml) {
    return input(xml.getBytes(StandardCharsets.UTF_8));
  }

  static SourceInput input(byte[] bytes) {
    return SourceInput.ofBytes("test.xml", URI.create("https://news.example/feed/"), FETCHED,
        bytes);
  }

  @Test
  void full_content_wins_over_the_description_and_relative_links_resolve() throws Exception {
    String xml = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Test Outlet</title>"
        + "<link>https://news.example/</link><language>hy-AM</language><item>"
        + "<title>Talks &amp; more</title><link>/2025/06/talks</link>"
        + "<description>Short excerpt.</description>"
        + "<content:encoded><![CDATA[<p>First paragraph, full.</p><p>Second one.</p>]]>"
        + "</content:encoded><dc:creator>A. Author</dc:creator>"
        + "<pubDate>Mon, 30 Jun 2025 10:00:00 +0400</pubDate></item></channel></rss>";
    List<Article> items = Collect.read(feeds, input(xml)).articles();
    assertThat(items).hasSize(1);
    Article a = items.get(0);
    assertThat(a.title()).isEqualTo("Talks & more");
    assertThat(a.text()).isEqualTo("First paragraph, full.\n\nSecond one.");
    assertThat(a.url()).isEqualTo("https://news.example/2025/06/talks");
    assertThat(a.meta().author()).isEqualTo("A. Author");
    assertThat(a.meta().language()).isEqualTo("hy");
    assertThat(a.meta().domain()).isEqualTo("news.example");
    assertThat(a.meta().publishedAt().toString()).isEqualTo("2025-06-30T10:00+04:00");
    assertThat(a.source()).isEqualTo("Test Outlet");
  }

  @Test
  void an_item_without_date_gets_the_fetch_time_marked_as_fallback() throws Exception {
    String xml = "<rss version=\"2.0\"><channel><title>T</title><link>https://n.example/</link>"
        + "<item><title>Undated</title><description>Body text.</description></item>"
        + "<item><title>Dated in words</title><description>Body.</description>"
        + "<pubDate>30 июня 2025</pubDate></item></channel></rss>";
    List<Article> items = Collect.read(feeds, input(xml)).articles();
    assertThat(items.get(0).published()).as("a fallback leaves the date unknown").isNull();
    assertThat(items.get(0).meta().publishedAt().toInstant()).isEqualTo(FETCHED);
    assertThat(items.get(0).meta().publishedIsFallback()).isTrue();
    assertThat(items.get(1).published()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(items.get(1).meta().publishedAt()).isNull();
    assertThat(items.get(1).meta().provenanceOf(ArticleField.PUBLISHED))
        .isEqualTo(Provenance.FEED);
  }

  @Test
  void an_item_with_no_title_and_no_text_is_one_failure_and_the_rest_goes_on() throws Exception {
    String xml = "<rss version=\"2.0\"><channel><title>T</title>"
        + "<item><link>https://n.example/a</link></item>"
        + "<item><title>Fine</title></item></channel></rss>";
    Collect c = Collect.read(feeds, input(xml));
    assertThat(c.errors()).containsExactly("test.xml:item 1: item has no title and no text");
    assertThat(c.articles()).extracting(Article::text).containsExactly("Fine");
  }

  @Test
  void a_windows_1251_feed_is_decoded_from_its_declaration() throws Exception {
    String xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel>"
        + "<title>Вести</title><item><title>Переговоры в Баку</title>"
        + "<description>Министры встретились.</description></item></channel></rss>";
    byte[] bytes = xml.getBytes(Charset.forName("windows-1251"));
    Article a = Collect.read(feeds, input(bytes)).articles().get(0);
    assertThat(a.title()).isEqualTo("Переговоры в Баку");
    assertThat(a.text()).isEqualTo("Министры встретились.");
  }

  @Test
  void other_xml_and_broken_xml_are_refused_in_one_line() {
    assertThatThrownBy(() -> Collect.read(feeds, input("<html><body>x</body></html>")))
        .hasMessage("not a feed: the document is an HTML page");
    assertThatThrownBy(() -> Collect.read(feeds, input("<opml version=\"2.0\"/>")))
        .hasMessage("not a feed: the root element is <opml>, not <rss>, <rdf:RDF> or <feed>");
    assertThatThrownBy(() -> Collect.read(feeds, input("<rss><channel><item>")))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("not well-formed XML at line 1:")
        .hasMessageNotContaining("\n");
  }

  @Test
  void an_oversized_feed_is_refused_before_parsing() {
    FeedReader small = new FeedReader(100);
    String xml = "<rss version=\"2.0\"><channel><title>" + "x".repeat(200)
        + "</title></channel></rss>";
    assertThatThrownBy(() -> Collect.read(small, input(xml)))
        .hasMessage("too large: more than 100 bytes (raise it with --max-bytes)");
  }
}
