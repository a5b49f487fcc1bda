package org.caspian.query.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Quote;
import org.caspian.model.Span;
import org.caspian.query.DyadService;
import org.caspian.query.Granularity;
import org.caspian.query.ach.AchService;
import org.caspian.query.events.EventReader;
import org.caspian.query.events.EventRecord;
import org.caspian.query.framing.ArticleCorpus;
import org.caspian.query.framing.FramingService;
import org.caspian.query.framing.OutletSides;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.testing.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefServiceTest {
  @TempDir static Path dir;
  static LuceneStore store;
  static BriefService briefs;

  static final LocalDate FROM = LocalDate.of(2025, 6, 20);
  static final LocalDate TO = LocalDate.of(2025, 7, 20);

  @BeforeAll
  static void load() throws IOException {
    store = LuceneStore.open(dir.resolve("idx"));
    for (AnalyzedArticle a : Corpus.all()) {
      if (a.article().id().equals("tass-1")) {
        String said = "Moscow expects an explanation from the Azerbaijani side";
        int at = a.text().indexOf(said);
        a = a.withQuotes(List.of(new Quote("Maria Zakharova", "RUSGOV", said + " <script>",
            new Span(at, at + said.length()), true)));
      }
      store.put(a);
    }
    ArticleCorpus corpus = new ArticleCorpus(store, OutletSides.bundled());
    briefs = new BriefService(new EventReader(store), new DyadService(store), store, corpus,
        new FramingService(corpus));
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  @Test
  void brief_gathers_events_chart_quotes_framing_and_open_hypotheses() throws IOException {
    try (AchService ach = AchService.open(dir.resolve("ws"))) {
      ach.addHypothesis("rus-aze", "Moscow retaliates for the raids");
      ach.addHypothesis("rus-aze", "Routine consular friction");
      ach.setOpen("rus-aze", "H2", false);
      Brief b = briefs.brief("rus", "aze", FROM, TO, ach);
      assertThat(b.by()).isEqualTo(Granularity.DAY);
      assertThat(b.series()).hasSize(31);
      assertThat(b.events()).isEqualTo(6);
      assertThat(b.quads()).containsExactly(1, 1, 3, 1);
      assertThat(b.keyEvents()).extracting(EventRecord::date).isSorted();
      assertThat(b.keyEvents()).extracting(EventRecord::cameo).contains("173", "073");
      assertThat(b.quotes()).hasSize(1);
      assertThat(b.quotes().get(0).speaker()).isEqualTo("Maria Zakharova");
      assertThat(b.framing().labelA()).isEqualTo("side RUS");
      assertThat(b.framing().articlesA()).isEqualTo(1); // TASS
      assertThat(b.framing().articlesB()).isEqualTo(2); // Trend, APA; not Armenpress
      assertThat(b.hypotheses()).extracting(BriefHypothesis::title)
          .containsExactly("Moscow retaliates for the raids");

      String md = BriefMarkdown.write(b, "![chart](chart.png)");
      assertThat(md).startsWith("# Brief: RUS–AZE, 2025-06-20 to 2025-07-20")
          .contains("6 asserted events: 1 verbal cooperation, 1 material cooperation, 3 verbal "
              + "conflict, 1 material conflict")
          .contains("- **2025-06-27** RUSPOL → AZE, CAMEO 173")
          .contains("— Maria Zakharova (RUSGOV), *TASS*, 2025-06-30")
          .contains("| side RUS | side AZE |")
          .contains("| rus-aze | H1 Moscow retaliates for the raids | 1 of 2 | 0 | 0.00 |");
    }
  }

  @Test
  void html_embeds_a_real_png_and_escapes_text() throws IOException {
    Brief b = briefs.brief("RUS", "AZE", FROM, TO, null);
    DyadChart chart = new DyadChart("RUS–AZE", b.series(), Set.of("2025-06-30"));
    String html = BriefHtml.write(b, chart.png(), null);
    assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>");
    Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(html);
    assertThat(m.find()).isTrue();
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(
        Base64.getDecoder().decode(m.group(1))));
    assertThat(img.getWidth()).isEqualTo(DyadChart.WIDTH);
    assertThat(img.getHeight()).isEqualTo(DyadChart.HEIGHT);
    assertThat(countColour(img, 0xde2d26)).as("material conflict bar pixels").isGreaterThan(50);
    assertThat(countColour(img, 0xfd8d3c)).as("verbal conflict bar pixels").isGreaterThan(50);
    assertThat(countColour(img, 0xc00000)).as("escalation marker").isGreaterThan(10);
  }

  @Test
  void svg_has_a_bar_per_quad_class_present_and_the_marker() throws IOException {
    Brief b = briefs.brief("RUS", "AZE", FROM, TO, null);
    String svg = new DyadChart("RUS–AZE", b.series(), Set.of("2025-06-30")).svg();
    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("<title>2025-06-27: 1 material conflict</title>")
        .contains("<title>2025-06-30: 2 verbal conflict</title>")
        .contains("<title>escalation 2025-06-30</title>")
        .contains(">2025-06-20<").contains(">2025-07-20<");
  }

  @Test
  void granularity_follows_the_length_of_the_range() {
    assertThat(BriefService.granularity(FROM, FROM.plusDays(61))).isEqualTo(Granularity.DAY);
    assertThat(BriefService.granularity(FROM, FROM.plusDays(62))).isEqualTo(Granularity.WEEK);
    assertThat(BriefService.granularity(FROM, FROM.plusDays(400))).isEqualTo(Granularity.MONTH);
  }

  private static int countColour(BufferedImage img, int rgb) {
    int n = 0;
    for (int x = 0; x < img.getWidth(); x++) {
      for (int y = 0; y < img.getHeight(); y++) {
        if ((img.getRGB(x, y) & 0xffffff) == rgb) {
          n++;
        }
      }
    }
    return n;
  }
}
