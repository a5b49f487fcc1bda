package org.caspian.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caspian.server.testing.TestServer;
import org.caspian.store.testing.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis routes over real HTTP: timeline, buckets, stories, framing, network, brief. */
class AnalysisApiTest {
  @TempDir
  static Path dir;
  static TestServer fixture;

  @BeforeAll
  static void start() throws Exception {
    fixture = TestServer.start(dir);
  }

  @AfterAll
  static void stop() throws Exception {
    fixture.close();
  }

  private static void badRequest(String path, String words) throws Exception {
    HttpResponse<String> res = fixture.get(path);
    assertThat(res.statusCode()).as(path).isEqualTo(400);
    assertThat(TestServer.json(res).path("error").asText()).as(path).contains(words);
  }

  @Test
  void the_timeline_shows_empty_periods_and_documents_its_rule() throws Exception {
    JsonNode t = fixture.getJson("/api/dyad/timeline?a=RUS&b=AZE&by=week");
    List<String> periods = new ArrayList<>();
    t.path("rows").forEach(r -> periods.add(r.path("period").asText()));
    assertThat(periods).containsExactly("2025-W26", "2025-W27", "2025-W28", "2025-W29");
    assertThat(t.path("rows").get(2).path("events").asInt()).isZero();
    assertThat(t.path("rule").asText()).contains("z >= 2.0").contains("6 periods");
    assertThat(t.path("from").asText()).isEqualTo("2025-06-23");
    assertThat(t.path("to").asText()).isEqualTo("2025-07-20");
    assertThat(t.path("markers").isArray()).isTrue();
    int asserted = 0;
    for (JsonNode r : t.path("rows")) {
      asserted += r.path("events").asInt();
    }
    int all = 0;
    for (JsonNode r : fixture.getJson("/api/dyad/timeline?a=RUS&b=AZE&all=true").path("rows")) {
      all += r.path("events").asInt();
    }
    assertThat(all).isGreaterThan(asserted);
  }

  @Test
  void modality_filters_count_only_the_chosen_modalities() throws Exception {
    JsonNode all = fixture.getJson("/api/dyad/bucket?a=RUS&b=AZE&period=2025-06&all=true");
    List<String> modalities = new ArrayList<>();
    all.path("events").forEach(e -> modalities.add(e.path("modality").asText()));
    String other = modalities.stream().filter(m -> !m.equals("asserted")).findFirst()
        .orElseThrow();
    JsonNode only = fixture.getJson("/api/dyad/bucket?a=RUS&b=AZE&period=2025-06&modality="
        + other);
    assertThat(only.path("total").asLong())
        .isEqualTo(modalities.stream().filter(other::equals).count());
    only.path("events").forEach(e -> assertThat(e.path("modality").asText()).isEqualTo(other));
    JsonNode both = fixture.getJson("/api/dyad/bucket?a=RUS&b=AZE&period=2025-06"
        + "&modality=asserted," + other);
    assertThat(both.path("total").asLong()).isEqualTo(modalities.size());
    badRequest("/api/dyad/timeline?a=RUS&b=AZE&modality=rumoured", "modality");
  }

  @Test
  void buckets_are_paged() throws Exception {
    JsonNode p = fixture.getJson("/api/dyad/bucket?a=RUS&b=AZE&by=week&period=2025-W27"
        + "&size=2&page=2");
    assertThat(p.path("total").asLong()).isEqualTo(3);
    assertThat(p.path("pages").asLong()).isEqualTo(2);
    assertThat(p.path("events")).hasSize(1);
    badRequest("/api/dyad/bucket?a=RUS&b=AZE&period=2025-06&size=0", "parameter size");
  }

  @Test
  void stories_group_one_event_by_outlet_with_terms() throws Exception {
    JsonNode s = fixture.getJson("/api/stories?a=RUS&b=AZE");
    assertThat(s.path("stories")).isNotEmpty();
    JsonNode first = s.path("stories").get(0);
    assertThat(first.path("pair").asText()).isEqualTo("AZE-RUS");
    assertThat(first.path("outlets").size()).isGreaterThanOrEqualTo(2);
    List<String> outlets = new ArrayList<>();
    first.path("outlets").forEach(o -> outlets.add(o.path("outlet").asText()));
    assertThat(outlets).doesNotHaveDuplicates();
    assertThat(first.path("outlets").get(0).path("terms")).isNotEmpty();
    badRequest("/api/stories?a=RUS", "a and b");
    badRequest("/api/stories?window=99", "window");
  }

  @Test
  void framing_compares_two_outlets_with_z_scores() throws Exception {
    JsonNode f = fixture.getJson("/api/framing?a=TASS&b=Trend");
    assertThat(f.path("labelA").asText()).isEqualTo("outlet TASS");
    assertThat(f.path("articlesA").asInt()).isEqualTo(1);
    assertThat(f.path("articlesB").asInt()).isEqualTo(1);
    JsonNode top = f.path("leaningA").get(0);
    assertThat(top.path("z").asDouble()).isPositive();
    assertThat(top.path("countA").asInt()).isGreaterThan(top.path("countB").asInt());
    String sentence = top.path("occurrences").get(0).path("sentence").asText();
    assertThat(sentence.toLowerCase()).contains(top.path("term").asText());
    assertThat(f.path("leaningB").get(0).path("z").asDouble()).isNegative();
    assertThat(fixture.getJson("/api/framing?a=RUS&b=AZE&by=side").path("labelA").asText())
        .isEqualTo("side RUS");
    badRequest("/api/framing?a=TASS&b=Trend&by=colour", "parameter by");
    badRequest("/api/framing?a=TASS", "parameter b");
  }

  @Test
  void the_network_has_actors_and_quad_coloured_edges_and_a_gexf_form() throws Exception {
    JsonNode n = fixture.getJson("/api/network?a=RUS&b=AZE");
    assertThat(n.path("nodes")).isNotEmpty();
    JsonNode e = n.path("edges").get(0);
    assertThat(e.path("color").asText()).matches("#[0-9a-f]{6}");
    int events = 0;
    for (JsonNode edge : n.path("edges")) {
      events += edge.path("events").asInt();
    }
    assertThat(events).isEqualTo(6);
    HttpResponse<String> gexf = fixture.get("/api/network?a=RUS&b=AZE&format=gexf");
    assertThat(gexf.statusCode()).isEqualTo(200);
    assertThat(gexf.headers().firstValue("Content-Type").orElse("")).contains("gexf");
    assertThat(gexf.body()).contains("<gexf").contains(e.path("source").asText());
    badRequest("/api/network?format=png", "parameter format");
  }

  @Test
  void the_brief_comes_as_markdown_and_html() throws Exception {
    HttpResponse<String> md = fixture.get("/api/brief?a=RUS&b=AZE&from=2025-06-01&to=2025-07-31");
    assertThat(md.statusCode()).isEqualTo(200);
    assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
    assertThat(md.body()).startsWith("# Brief: RUS–AZE").contains("## Key events")
        .contains("Russian police detained");
    HttpResponse<String> html = fixture.get("/api/brief?a=RUS&b=AZE&from=2025-06-01"
        + "&to=2025-07-31&format=html");
    assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(html.body()).contains("<h2>Key events</h2>").contains("data:image/png;base64,")
        .contains("Russian police detained");
    badRequest("/api/brief?a=RUS&b=AZE&from=2025-06-01", "from and to");
    badRequest("/api/brief?a=RUS&b=AZE&from=2025-07-01&to=2025-06-01", "after");
  }

  @Test
  void markup_in_data_stays_escaped_on_the_analysis_pages() throws Exception {
    String evil = URLEncoder.encode("<img src=x onerror=alert(1)>", StandardCharsets.UTF_8);
    for (String page : List.of("/stories?actor=" + evil, "/compare?a=" + evil + "&b=TASS",
        "/network?actor=" + evil)) {
      HttpResponse<String> res = fixture.get(page);
      assertThat(res.body()).as(page).doesNotContain("<img src=x").contains("&lt;img");
    }
    assertThat(Corpus.all()).isNotEmpty();
  }
}
