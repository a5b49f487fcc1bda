package org.caspian.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.caspian.model.Article;
import org.caspian.model.ArticleField;
import org.caspian.model.Provenance;
import org.junit.jupiter.api.Test;

/** The real-world fixtures in shared/data/feeds: each parses into correct items or one refusal. */
class FeedFixturesTest {
  private final FeedReader feeds = new FeedReader(16L << 20);

  private List<Article> items(String relative) throws IOException, SourceException {
    Collect c = Collect.read(feeds, SourceInput.ofFile(SharedData.feed(relative)));
    assertThat(c.errors()).as("item errors").isEmpty();
    return c.articles();
  }

  private static void allDatedByFeed(List<Article> items) {
    assertThat(items).allSatisfy(a -> {
      assertThat(a.meta().provenanceOf(ArticleField.PUBLISHED)).isEqualTo(Provenance.FEED);
      assertThat(a.meta().publishedIsFallback()).isFalse();
      assertThat(a.text()).isNotBlank();
      assertThat(a.title()).isNotBlank();
    });
  }

  @Test
  void cnn_rss_strips_the_cdata_padding_and_marks_undated_items() throws Exception {
    List<Article> items = items("rss/mediacloud-real-cnn.rss");
    assertThat(items).hasSize(69);
    assertThat(items).filteredOn(a -> a.meta().publishedIsFallback()).hasSize(17)
        .allSatisfy(a -> {
          assertThat(a.meta().provenanceOf(ArticleField.PUBLISHED))
              .isEqualTo(Provenance.FETCH_TIME);
          assertThat(a.published()).isNull();
        });
    allDatedByFeed(items.stream().filter(a -> !a.meta().publishedIsFallback()).toList());
    assertThat(items).allSatisfy(a -> {
      assertThat(a.title()).isEqualTo(a.title().strip());
      assertThat(a.url()).startsWith("https://www.cnn.com/");
      assertThat(a.meta().domain()).isEqualTo("cnn.com");
      assertThat(a.source()).isEqualTo("CNN.com - RSS Channel - HP Hero");
    });
    assertThat(items.stream().map(Article::id).distinct()).hasSize(69);
  }

  @Test
  void korea_times_malformed_dates_are_read_with_their_offset_and_bogus_language_dropped()
      throws Exception {
    List<Article> items = items("rss/mediacloud-real-korean-times.rss");
    assertThat(items).hasSize(195);
    allDatedByFeed(items);
    Article first = items.get(0);
    assertThat(first.meta().publishedAt())
        .isEqualTo(OffsetDateTime.of(2022, 7, 28, 4, 35, 5, 0, ZoneOffset.ofHours(9)));
    assertThat(first.published()).isEqualTo(LocalDate.of(2022, 7, 28));
    assertThat(items).allSatisfy(a -> assertThat(a.meta().language()).isEmpty());
  }

  @Test
  void russian_liga_feed_keeps_language_offset_and_cyrillic_text() throws Exception {
    List<Article> items = items("rss/liga-net-ru-2021-08-22.rss");
    assertThat(items).hasSize(12);
    allDatedByFeed(items);
    assertThat(items).allSatisfy(a -> {
      assertThat(a.meta().language()).isEqualTo("ru");
      assertThat(a.meta().publishedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(3));
      assertThat(a.text()).containsPattern("\\p{IsCyrillic}{4}");
      assertThat(a.text()).isEqualTo(a.text().strip());
    });
    assertThat(items.get(0).source()).isEqualTo("ЛІГА.Новости");
  }

  @Test
  void feedburner_with_split_stylesheet_instructions_parses() throws Exception {
    List<Article> items = items("rss/rome-issue137-moe-gov-sg-feedburner.xml");
    assertThat(items).hasSize(4);
    allDatedByFeed(items);
    assertThat(items.get(0).meta().publishedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
  }

  @Test
  void namespace_heavy_wordpress_feed_gives_plain_text_from_html_descriptions() throws Exception {
    List<Article> items = items("rss/rome-geo-rss-issue-27-thetorontonian.rss");
    assertThat(items).hasSize(10);
    allDatedByFeed(items);
    assertThat(items).allSatisfy(a -> {
      assertThat(a.meta().author()).isEqualTo("The Torontonian");
      assertThat(a.text()).doesNotContain("<img").doesNotContain("&#").doesNotContain("<");
    });
    assertThat(items.get(0).text()).startsWith("When I came back from South Africa")
        .endsWith("[\u2026]");
  }

  @Test
  void large_rss_1_0_rdf_with_namespaces_on_the_channel() throws Exception {
    List<Article> items = items("rss/rome-rss_1.0-ns-on-channel-wiley.rdf");
    assertThat(items).hasSize(44);
    allDatedByFeed(items);
    assertThat(items.get(0).meta().author()).contains("Pausas");
    assertThat(items.get(0).url()).startsWith("http://onlinelibrary.wiley.com/");
  }

  @Test
  void atom_with_georss_keeps_utc_instants() throws Exception {
    List<Article> items = items("atom/rome-usgs-earthquakes-all-hour.atom");
    assertThat(items).hasSize(6);
    allDatedByFeed(items);
    assertThat(items.get(0).meta().publishedAt().getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(items.get(0).url()).startsWith("https://earthquake.usgs.gov/");
  }

  @Test
  void xml_base_resolves_every_alternate_link() throws Exception {
    List<Article> items = items("atom/rome-atom_1.0_b.xml");
    assertThat(items).hasSize(16);
    assertThat(items).allSatisfy(a ->
        assertThat(a.url()).isEqualTo("http://example.org/tests/base/result.html"));
  }

  @Test
  void a_feed_that_also_declares_the_sitemap_namespace_is_a_feed() throws Exception {
    List<Article> items = items("sitemap/newscrawl-feed-with-sitemap-namespace.xml");
    assertThat(items).hasSize(2);
    allDatedByFeed(items);
    assertThat(items.get(0).meta().author()).isEqualTo("loremwriter");
  }

  @Test
  void a_news_sitemap_is_refused_with_a_specific_message() {
    Path p = SharedData.feed("sitemap/newscrawl-sitemap-news.xml");
    assertThatThrownBy(() -> Collect.read(feeds, SourceInput.ofFile(p)))
        .isInstanceOf(SourceException.class)
        .hasMessage("a sitemap of 3 page URLs, not a feed: sitemaps list pages to fetch and hold "
            + "no article text");
  }

  @Test
  void a_feed_url_that_returned_html_is_not_a_feed() {
    Path p = SharedData.feed("rss/mediacloud-peoplesdailyng-feed-url-returns-html.html");
    assertThatThrownBy(() -> Collect.read(feeds, SourceInput.ofFile(p)))
        .isInstanceOf(SourceException.class)
        .hasMessage("not a feed: the document is an HTML page");
  }

  @Test
  void telegram_export_gives_one_article_per_post_with_text() throws Exception {
    Path p = SharedData.feed("telegram/chatstyle-fixture-personal_chat-ru.result.json");
    Collect c = Collect.read(new TelegramExportReader(), SourceInput.ofFile(p));
    assertThat(c.errors()).isEmpty();
    List<Article> posts = c.articles();
    assertThat(posts).hasSize(9);
    assertThat(posts).allSatisfy(a -> {
      assertThat(a.source()).isEqualTo("Борис");
      assertThat(a.meta().publishedAt().getOffset()).isEqualTo(ZoneOffset.UTC);
      assertThat(a.text()).doesNotContain("File not included");
    });
    assertThat(posts.get(0).meta().publishedAt())
        .isEqualTo(OffsetDateTime.of(2023, 5, 1, 12, 1, 0, 0, ZoneOffset.UTC));
    assertThat(posts.get(2).text()).isEqualTo("смотри https://example.com/a круто");
    assertThat(posts.get(3).text()).isEqualTo("ну реально норм, @boris_k глянь");
    assertThat(posts).filteredOn(a -> !a.meta().originalSource().isEmpty())
        .extracting(a -> a.meta().originalSource()).containsExactly("Какой-то канал");
    assertThat(posts.stream().map(Article::id).distinct()).hasSize(9);
  }
}
