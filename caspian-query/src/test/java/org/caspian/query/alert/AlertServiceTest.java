package org.caspian.query.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caspian.store.testing.TestArticles.article;
import static org.caspian.store.testing.TestArticles.ev;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.caspian.model.AnalyzedArticle;
import org.caspian.query.CorpusIndex;
import org.caspian.query.Granularity;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AlertServiceTest {
  @TempDir Path dir;
  final Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

  private static AnalyzedArticle clash() {
    return article("clash-1", "Three incidents on one day", "Caspian Wire",
        LocalDate.of(2025, 7, 20),
        List.of("Russian police raided Azerbaijani shops.", "Russian police detained traders.",
            "Russian police seized goods of Azerbaijani firms."),
        List.of(ev("Russian police raided Azerbaijani shops.", "raided", "RUSPOL", "AZE", "170",
                -7.0, 4),
            ev("Russian police detained traders.", "detained", "RUSPOL", "AZE", "173", -5.0, 4),
            ev("Russian police seized goods of Azerbaijani firms.", "seized", "RUSPOL", "AZE",
                "171", -9.2, 4)));
  }

  @Test
  void query_alerts_report_only_articles_that_arrive_after_they_are_saved() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("idx"))) {
      store.put(Corpus.tass());
      store.put(Corpus.trend());
      try (AlertService alerts = AlertService.open(dir.resolve("ws"), store, clock)) {
        SavedAlert a = alerts.addQuery("envoys", "ambassador OR pipeline", false);
        SavedAlert old = alerts.addQuery(null, "ambassador", true);
        List<AlertHit> first = alerts.check();
        assertThat(first).extracting(AlertHit::alertId).containsOnly(old.id());
        assertThat(first).extracting(AlertHit::key)
            .containsExactlyInAnyOrder("tass-1", "trend-1");
        store.put(Corpus.apa()); // mentions the pipeline
        List<AlertHit> second = alerts.check();
        assertThat(second).hasSize(1);
        assertThat(second.get(0).alertId()).isEqualTo(a.id());
        assertThat(second.get(0).key()).isEqualTo("apa-1");
        assertThat(second.get(0).url()).isEqualTo("https://example.org/apa-1");
        assertThat(alerts.check()).isEmpty();
        assertThat(alerts.history()).hasSize(3);
        assertThat(alerts.history().get(0).key()).isEqualTo("apa-1");
      }
    }
  }

  @Test
  void escalation_alerts_fire_on_a_newly_marked_period_and_survive_a_restart()
      throws IOException {
    try (LuceneStore store = CorpusIndex.open(dir.resolve("idx"))) {
      try (AlertService alerts = AlertService.open(dir.resolve("ws"), store, clock)) {
        alerts.addEscalation("", "rus", "aze", Granularity.DAY, false);
        assertThat(alerts.check()).isEmpty();
      }
      store.put(clash());
      try (AlertService alerts = AlertService.open(dir.resolve("ws"), store, clock)) {
        assertThat(alerts.list()).extracting(SavedAlert::describe)
            .containsExactly("escalation RUS-AZE by day");
        List<AlertHit> hits = alerts.check();
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).key()).isEqualTo("RUS-AZE 2025-07-20");
        assertThat(hits.get(0).title()).contains("3 conflict events").contains("z 3.0");
        assertThat(hits.get(0).published()).isEqualTo(LocalDate.of(2025, 7, 20));
      }
    }
  }

  @Test
  void an_incoming_article_is_matched_in_memory_before_it_is_indexed() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("idx"));
        AlertService alerts = AlertService.open(dir.resolve("ws"), store, clock)) {
      store.put(Corpus.tass());
      SavedAlert pipeline = alerts.addQuery("gas", "title:pipeline OR \"humanitarian aid\"", false);
      alerts.addQuery("envoys", "ambassador", false);
      List<AlertHit> hits = alerts.match(Corpus.apa().article());
      assertThat(hits).extracting(AlertHit::alertId).containsExactly(pipeline.id());
      assertThat(alerts.match(Corpus.apa().article())).isEmpty();
      assertThat(alerts.match(Corpus.armenpress().article())).isEmpty();
      store.put(Corpus.apa());
      assertThat(alerts.check()).isEmpty(); // already reported when it came in
      store.put(Corpus.trend()); // summons the ambassador, never matched in memory
      assertThat(alerts.check()).extracting(AlertHit::key).containsExactly("trend-1");
    }
  }

  @Test
  void bad_and_too_deep_queries_and_unknown_ids_are_refused() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("idx"));
        AlertService alerts = AlertService.open(dir.resolve("ws"), store, clock)) {
      assertThatThrownBy(() -> alerts.addQuery("x", "title:(", false))
          .hasMessageStartingWith("cannot parse alert query: title:(");
      String deep = "(".repeat(5000) + "baku" + ")".repeat(5000);
      assertThatThrownBy(() -> alerts.addQuery("x", deep, false))
          .hasMessageContaining("5000 deep");
      assertThatThrownBy(() -> alerts.remove("A9")).hasMessage("no alert A9");
      assertThat(alerts.list()).isEmpty();
    }
  }

  @Test
  void atom_feed_is_well_formed_with_one_entry_per_hit() throws Exception {
    List<AlertHit> hits = List.of(
        new AlertHit("A1", "envoys & pipelines", "apa-1", "Aliyev <and> Putin", "APA",
            LocalDate.of(2025, 7, 15), "https://example.org/apa-1", "2026-12-03T10:00:00Z"),
        new AlertHit("A2", "escalation RUS-AZE", "RUS-AZE 2025-07-20", "RUS-AZE escalation", "",
            LocalDate.of(2025, 7, 20), "", "2026-12-03T10:00:00Z"));
    StringWriter w = new StringWriter();
    AtomFeedWriter.write(hits, "Caspian alerts", clock.instant(), w);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(
        w.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(AtomFeedWriter.ATOM);
    var entries = doc.getElementsByTagNameNS(AtomFeedWriter.ATOM, "entry");
    assertThat(entries.getLength()).isEqualTo(2);
    Element first = (Element) entries.item(0);
    assertThat(first.getElementsByTagNameNS(AtomFeedWriter.ATOM, "title").item(0)
        .getTextContent()).isEqualTo("Aliyev <and> Putin");
    assertThat(((Element) first.getElementsByTagNameNS(AtomFeedWriter.ATOM, "link").item(0))
        .getAttribute("href")).isEqualTo("https://example.org/apa-1");
    assertThat(((Element) entries.item(1)).getElementsByTagNameNS(AtomFeedWriter.ATOM, "link")
        .getLength()).isZero();
  }
}
