package org.caspian.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.caspian.model.AnalyzedArticle;
import org.caspian.query.LuceneCorpusQueries;
import org.caspian.server.auth.AuthSettings;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.testing.Corpus;
import org.caspian.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over real HTTP: paging, filters, facets, errors and the OpenAPI description. */
class ApiContractTest {
  @TempDir
  static Path dir;
  static TestServer fixture;
  static CaspianServer server;

  @BeforeAll
  static void start() throws IOException {
    fixture = TestServer.start(dir);
    server = fixture.server();
  }

  @AfterAll
  static void stop() throws IOException {
    fixture.close();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return fixture.get(path);
  }

  static JsonNode json(HttpResponse<String> res) throws IOException {
    return TestServer.json(res);
  }

  /** A 400 whose JSON message contains {@code words}. */
  static void badRequest(String path, String words) throws Exception {
    HttpResponse<String> res = get(path);
    assertThat(res.statusCode()).as(path).isEqualTo(400);
    assertThat(json(res).path("error").asText()).as(path).contains(words);
  }

  @Test
  void search_pages_carry_the_total_and_the_page() throws Exception {
    JsonNode p2 = json(get("/api/search?size=1&page=2"));
    assertThat(p2.path("total").asLong()).isEqualTo(4);
    assertThat(p2.path("page").asInt()).isEqualTo(2);
    assertThat(p2.path("size").asInt()).isEqualTo(1);
    assertThat(p2.path("pages").asLong()).isEqualTo(4);
    assertThat(p2.path("hits")).hasSize(1);
    assertThat(p2.path("hits").get(0).path("id").asText()).isEqualTo("armenpress-1");
    assertThat(json(get("/api/search?size=3&page=2")).path("hits")).hasSize(1);
    // four matches are far under the exact limit: total and facets are exact, and say so
    assertThat(p2.path("totalApproximate").isBoolean()).isTrue();
    assertThat(p2.path("totalApproximate").asBoolean()).isFalse();
    assertThat(p2.path("facetsApproximate").isBoolean()).isTrue();
    assertThat(p2.path("facetsApproximate").asBoolean()).isFalse();
  }

  @Test
  void search_filters_and_facets() throws Exception {
    JsonNode all = json(get("/api/search"));
    assertThat(all.path("facets").path("outlet_country").get(0).path("value").asText())
        .isEqualTo("AZE");
    assertThat(all.path("facets").path("event_type")).isNotEmpty();
    assertThat(all.path("facets").path("actor")).isNotEmpty();
    assertThat(json(get("/api/search?country=AZE")).path("total").asLong()).isEqualTo(2);
    assertThat(json(get("/api/search?side=state&lang=en")).path("total").asLong()).isEqualTo(2);
    assertThat(json(get("/api/search?outlet=TASS,APA&actor=RUSGOV&type=11")).path("hits")
        .get(0).path("id").asText()).isEqualTo("tass-1");
    assertThat(json(get("/api/search?from=2025-07-01&to=2025-07-02")).path("total").asLong())
        .isEqualTo(2);
  }

  @Test
  void search_lists_events_in_events_mode() throws Exception {
    JsonNode r = json(get("/api/search?mode=events&q=detained"));
    assertThat(r.path("mode").asText()).isEqualTo("events");
    assertThat(r.path("total").asLong()).isEqualTo(1);
    JsonNode e = r.path("events").get(0);
    assertThat(e.path("trigger").asText()).isEqualTo("detained");
    assertThat(e.path("articleId").asText()).isEqualTo("trend-1");
    assertThat(json(get("/api/search?mode=events&size=100")).path("total").asLong())
        .isEqualTo(10);
  }

  @Test
  void bad_parameters_are_400_with_a_message_naming_them() throws Exception {
    badRequest("/api/search?page=0", "parameter page");
    badRequest("/api/search?size=500", "parameter size");
    badRequest("/api/search?page=9999&size=100", "parameter page");
    badRequest("/api/search?mode=tweets", "parameter mode");
    badRequest("/api/search?from=last-week", "parameter from");
    badRequest("/api/search?from=2025-07-02&to=2025-07-01", "parameter from");
    badRequest("/api/search?type=war", "parameter type");
    badRequest("/api/search?colour=red", "unknown parameter colour");
    badRequest("/api/overview?days=0", "parameter days");
    badRequest("/api/overview?asOf=yesterday", "parameter asOf");
    badRequest("/api/dyad/events?a=RUS&b=AZE&period=2025-06&size=0", "parameter size");
  }

  @Test
  void deeply_nested_queries_are_400_not_500() throws Exception {
    String deep = URLEncoder.encode("(".repeat(1000) + "baku" + ")".repeat(1000),
        StandardCharsets.UTF_8);
    badRequest("/api/search?q=" + deep, "nests parentheses");
    badRequest("/api/search?mode=events&q=" + deep, "nests parentheses");
    HttpResponse<String> page = get("/search?q=" + deep);
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("nests parentheses");
  }

  @Test
  void unknown_ids_are_404_json() throws Exception {
    HttpResponse<String> res = get("/api/articles/nope");
    assertThat(res.statusCode()).isEqualTo(404);
    assertThat(json(res).path("error").asText()).contains("nope");
    HttpResponse<String> page = get("/articles/nope");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("No article with id nope");
  }

  @Test
  void the_article_has_its_full_analysis_with_offsets_and_links() throws Exception {
    JsonNode a = json(get("/api/articles/trend-1"));
    String text = a.path("text").asText();
    JsonNode e = a.path("events").get(1);
    assertThat(text.substring(e.path("start").asInt(), e.path("end").asInt()))
        .isEqualTo(e.path("text").asText());
    assertThat(a.has("actors")).isTrue();
    assertThat(a.has("quotes")).isTrue();
    assertThat(a.has("framing")).isTrue();
    assertThat(a.path("links").path("reader").asText()).isEqualTo("/articles/trend-1");
    assertThat(a.path("links").has("original")).isTrue();
  }

  @Test
  void the_overview_ranks_dyads_by_change() throws Exception {
    JsonNode o = json(get("/api/overview?limit=5"));
    assertThat(o.path("asOf").asText()).isEqualTo("2025-07-15");
    assertThat(o.path("latest").get(0).path("id").asText()).isEqualTo("apa-1");
    JsonNode first = o.path("changes").get(0);
    assertThat(first.path("a").asText() + "-" + first.path("b").asText()).isEqualTo("AZE-RUS");
    assertThat(first.path("change").asInt()).isEqualTo(2);
    assertThat(json(get("/api/overview?asOf=2025-07-02&days=7")).path("changes").get(0)
        .path("current").asInt()).isPositive();
  }

  @Test
  void dyad_bucket_events_are_paged() throws Exception {
    JsonNode p = json(get("/api/dyad/events?a=RUS&b=AZE&by=month&period=2025-06&size=2&page=2"));
    assertThat(p.path("total").asLong()).isEqualTo(3);
    assertThat(p.path("pages").asLong()).isEqualTo(2);
    assertThat(p.path("events")).hasSize(1);
  }

  @Test
  void openapi_describes_every_api_route() throws Exception {
    JsonNode doc = json(get("/openapi.json"));
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    List<String> registered = new ArrayList<>();
    for (String r : server.routes()) {
      String[] mp = r.split(" ", 2);
      if (mp[1].startsWith("/api/")) {
        registered.add(r);
        JsonNode op = doc.path("paths").path(mp[1]).path(mp[0].toLowerCase());
        assertThat(op.isObject()).as("%s is described", r).isTrue();
        assertThat(op.path("responses").has("400")).as(r).isTrue();
        assertThat(op.path("summary").asText()).as(r).isNotBlank();
      }
    }
    assertThat(registered).contains("GET /api/search", "GET /api/articles/{id}",
        "GET /api/overview", "GET /api/dyad", "GET /api/dyad/events", "POST /api/tokens");
    List<String> described = new ArrayList<>();
    doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(m -> described.add(m.toUpperCase() + " " + p.getKey())));
    assertThat(described).containsExactlyInAnyOrderElementsOf(registered);
    JsonNode search = doc.path("paths").path("/api/search").path("get").path("parameters");
    List<String> names = new ArrayList<>();
    search.forEach(p -> names.add(p.path("name").asText()));
    assertThat(names).contains("q", "page", "size", "mode", "outlet", "country", "side", "lang",
        "actor", "type", "from", "to");
    assertThat(doc.path("paths").path("/api/search").path("get").path("responses").path("200")
        .path("description").asText()).contains("totalApproximate", "facetsApproximate");
  }
}
