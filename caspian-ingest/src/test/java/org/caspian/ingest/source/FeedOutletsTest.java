package org.caspian.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caspian.ingest.outlet.OutletRegistry;
import org.caspian.ingest.outlet.OutletResolver;
import org.caspian.model.Article;
import org.caspian.model.ArticleField;
import org.caspian.model.Provenance;
import org.junit.jupiter.api.Test;

/** Which outlets the real-world fixtures in shared/data/feeds resolve to. */
class FeedOutletsTest {
  private final FeedReader feeds = new FeedReader(16L << 20);
  private final OutletResolver resolver = new OutletResolver(OutletRegistry.builtIn());

  private Map<String, Long> outlets(String relative) throws Exception {
    Collect c = Collect.read(feeds, SourceInput.ofFile(SharedData.feed(relative)));
    return c.articles().stream().map(resolver::resolve)
        .collect(Collectors.groupingBy(a -> a.meta().outlet() == null ? "-"
            : a.meta().outlet().id() + "/" + a.meta().outlet().matchedBy() + "/"
                + a.meta().provenanceOf(ArticleField.OUTLET).label(), Collectors.counting()));
  }

  @Test
  void news_feeds_resolve_by_their_item_links() throws Exception {
    assertThat(outlets("rss/mediacloud-real-cnn.rss")).containsExactly(
        Map.entry("cnn/domain/feed", 69L));
    assertThat(outlets("rss/mediacloud-real-korean-times.rss")).containsExactly(
        Map.entry("korea-times/domain/feed", 195L));
    assertThat(outlets("rss/liga-net-ru-2021-08-22.rss")).containsExactly(
        Map.entry("liga-net/domain/feed", 12L));
  }

  @Test
  void feeds_of_outlets_not_in_the_registry_are_counted_for_review() throws Exception {
    assertThat(outlets("rss/rome-rss_1.0-ns-on-channel-wiley.rdf")).containsOnlyKeys("-");
    assertThat(outlets("atom/rome-usgs-earthquakes-all-hour.atom")).containsOnlyKeys("-");
    assertThat(resolver.unknown()).containsOnlyKeys(
        "Journal of Vegetation Science (onlinelibrary.wiley.com)",
        "USGS All Earthquakes, Past Hour (earthquake.usgs.gov)");
  }

  @Test
  void a_telegram_export_resolves_by_the_channels_name() throws Exception {
    String json = """
        {"name": "РИА Новости", "type": "public_channel", "id": 1, "messages": [
          {"id": 5, "type": "message", "date_unixtime": "1740837600",
           "text": "Переговоры возобновились в Брюсселе."}]}""";
    SourceInput in = SourceInput.ofBytes("result.json", null, Instant.EPOCH,
        json.getBytes(StandardCharsets.UTF_8));
    List<Article> posts = Collect.read(new TelegramExportReader(), in).articles();
    Article a = resolver.resolve(posts.get(0));
    assertThat(a.meta().outlet().id()).isEqualTo("ria-novosti");
    assertThat(a.meta().outlet().matchedBy()).isEqualTo("name");
    assertThat(a.meta().provenanceOf(ArticleField.OUTLET)).isEqualTo(Provenance.FEED);
  }
}
