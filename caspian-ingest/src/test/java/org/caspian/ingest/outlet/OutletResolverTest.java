package org.caspian.ingest.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.caspian.model.Article;
import org.caspian.model.ArticleField;
import org.caspian.model.ArticleMeta;
import org.caspian.model.OutletRef;
import org.caspian.model.Provenance;
import org.junit.jupiter.api.Test;

class OutletResolverTest {
  private final OutletResolver resolver = new OutletResolver(OutletRegistry.builtIn());

  private static Article article(String source, String url, ArticleMeta meta) {
    return new Article("id", "t", source, url, LocalDate.of(2025, 6, 30), "text", meta);
  }

  @Test
  void the_domain_wins_over_the_name_and_keeps_the_urls_provenance() {
    ArticleMeta meta = new ArticleMeta(null, "", "", "", "", "",
        Map.of(ArticleField.URL, Provenance.FEED, ArticleField.SOURCE, Provenance.FEED));
    Article a = resolver.resolve(article("Some aggregator", "https://en.trend.az/x/1", meta));
    OutletRef o = a.meta().outlet();
    assertThat(o.id()).isEqualTo("trend");
    assertThat(o.country()).isEqualTo("AZ");
    assertThat(o.side()).isEqualTo("private");
    assertThat(o.matchedBy()).isEqualTo("domain");
    assertThat(a.meta().provenanceOf(ArticleField.OUTLET)).isEqualTo(Provenance.FEED);
    assertThat(resolver.unknown()).isEmpty();
  }

  @Test
  void the_canonical_url_comes_before_the_url() {
    ArticleMeta meta = new ArticleMeta(null, "", "", "", "https://tass.com/politics/1", "",
        Map.of(ArticleField.CANONICAL_URL, Provenance.PAGE_META));
    Article a = resolver.resolve(article("", "https://news.google.com/articles/x", meta));
    assertThat(a.meta().outlet().id()).isEqualTo("tass");
    assertThat(a.meta().provenanceOf(ArticleField.OUTLET)).isEqualTo(Provenance.PAGE_META);
  }

  @Test
  void a_source_header_resolves_by_name_when_the_domain_is_unknown() {
    Article a = resolver.resolve(article("AzerTac", "https://sample.caspian.invalid/a",
        ArticleMeta.NONE));
    assertThat(a.meta().outlet().id()).isEqualTo("azertac");
    assertThat(a.meta().outlet().side()).isEqualTo("state");
    assertThat(a.meta().outlet().matchedBy()).isEqualTo("name");
    assertThat(a.meta().provenanceOf(ArticleField.OUTLET)).isEqualTo(Provenance.INPUT);
  }

  @Test
  void a_feed_title_resolves_by_its_first_part() {
    Article a = resolver.resolve(article("Meduza - Новости", "", ArticleMeta.NONE));
    assertThat(a.meta().outlet().id()).isEqualTo("meduza");
    assertThat(a.meta().outlet().side()).isEqualTo("exile");
  }

  @Test
  void telegram_links_and_channel_names_resolve_by_channel() {
    Article link = resolver.resolve(article("", "https://t.me/rian_ru/12345", ArticleMeta.NONE));
    assertThat(link.meta().outlet().id()).isEqualTo("ria-novosti");
    assertThat(link.meta().outlet().matchedBy()).isEqualTo("telegram");
    Article preview = resolver.resolve(article("", "https://t.me/s/rybar", ArticleMeta.NONE));
    assertThat(preview.meta().outlet().id()).isEqualTo("rybar");
    assertThat(preview.meta().outlet().type()).isEqualTo("telegram");
    Article handle = resolver.resolve(article("@meduzalive", "", ArticleMeta.NONE));
    assertThat(handle.meta().outlet().id()).isEqualTo("meduza");
  }

  @Test
  void unknown_outlets_are_counted_for_review_and_carry_no_outlet() {
    Article a = resolver.resolve(article("Caspian Wire", "https://sample.caspian.invalid/1",
        ArticleMeta.NONE));
    resolver.resolve(article("Caspian Wire", "https://sample.caspian.invalid/2",
        ArticleMeta.NONE));
    resolver.resolve(article("", "https://blog.example/2", ArticleMeta.NONE));
    resolver.resolve(article("", "", ArticleMeta.NONE));
    assertThat(a.meta().outlet()).isNull();
    assertThat(a.meta().provenanceOf(ArticleField.OUTLET)).isNull();
    assertThat(resolver.unknown()).containsExactly(
        Map.entry("Caspian Wire (sample.caspian.invalid)", 2L), Map.entry("blog.example", 1L));
  }

  @Test
  void resolving_twice_changes_nothing() {
    Article once = resolver.resolve(article("TASS", "", ArticleMeta.NONE));
    assertThat(resolver.resolve(once)).isSameAs(once);
  }
}
