package org.caspian.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorRef;
import org.caspian.model.ActorType;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Event;
import org.caspian.model.FrameMarker;
import org.caspian.model.Modality;
import org.caspian.model.Quote;
import org.caspian.model.Span;
import org.junit.jupiter.api.Test;

class ArticleMarkupTest {
  private static final String TEXT =
      "Ilham Aliyev said \"Baku & Moscow stay <close>\" in Karabakh. Nothing else.";

  private static AnalyzedArticle article() {
    Article art = new Article("x", "t", "APA", "", LocalDate.of(2025, 1, 1), TEXT);
    int end = TEXT.indexOf('.') + 1;
    int q = TEXT.indexOf("Baku");
    int k = TEXT.indexOf("Karabakh");
    return AnalyzedArticle.of(art)
        .withActors(List.of(new ActorMention("AZEGOV", "AZE", "Ilham Aliyev", ActorType.values()[0],
            new Span(0, 12), "Ilham Aliyev")))
        .withEvents(List.of(new Event(null, new ActorRef("AZEGOV", "AZE", "Ilham Aliyev"),
            new ActorRef("RUS", "RUS", "Moscow"), "040", "CONSULT", 1.0, 1, Modality.ASSERTED, "",
            new Span(0, end), TEXT.substring(0, end), "said", 1.0)))
        .withQuotes(List.of(new Quote("Ilham Aliyev", "AZEGOV", "Baku & Moscow stay <close>",
            new Span(q, q + 26), true)))
        .withFraming(List.of(new FrameMarker("Karabakh", "AZE", "karabakh-name",
            new Span(k, k + 8))));
  }

  @Test
  void the_markup_keeps_the_text_and_escapes_it() {
    String html = new ArticleMarkup(article()).html();
    String text = html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    assertThat(text).isEqualTo(TEXT);
    assertThat(html).contains("Baku &amp; Moscow stay &lt;close&gt;").doesNotContain("<close>");
  }

  @Test
  void overlaps_are_cut_and_each_stretch_names_every_kind_covering_it() {
    String html = new ArticleMarkup(article()).html();
    assertThat(html).startsWith("<span class=\"hl hl-actor hl-event\" data-refs=\"e0 a0\"");
    assertThat(html).contains("class=\"hl hl-event hl-quote\" data-refs=\"e0 q0\"");
    assertThat(html).contains("class=\"hl hl-event hl-frame\" data-refs=\"e0 f0\"");
    assertThat(html).endsWith("</span> Nothing else.");
    // Spans never nest.
    assertThat(html.replaceAll("<span[^>]*>[^<]*</span>", "")).doesNotContain("<span");
  }

  @Test
  void the_side_panel_lists_each_kind_with_its_codes() {
    ArticleMarkup m = new ArticleMarkup(article());
    assertThat(m.events()).singleElement().satisfies(e -> {
      assertThat(e.label()).isEqualTo("AZEGOV → RUS · CAMEO 040");
      assertThat(e.detail()).contains("PLOVER CONSULT").contains("quad 1");
    });
    assertThat(m.actors().get(0).label()).isEqualTo("AZEGOV");
    assertThat(m.quotes().get(0).label()).isEqualTo("Ilham Aliyev (AZEGOV)");
    assertThat(m.quotes().get(0).detail()).isEqualTo("direct");
    assertThat(m.framing().get(0).detail()).isEqualTo("AZE · karabakh-name");
    assertThat(m.framing().get(0).text()).isEqualTo("Karabakh");
  }

  @Test
  void a_trigger_is_marked_in_its_sentence_and_the_rest_escaped() {
    assertThat(Links.withTrigger("Baku <b>summoned</b> the envoy", "summoned"))
        .isEqualTo("Baku &lt;b&gt;<mark>summoned</mark>&lt;/b&gt; the envoy");
    assertThat(Links.withTrigger("No trigger here", "absent")).isEqualTo("No trigger here");
  }
}
