package org.caspian.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.caspian.model.AnalyzedArticle;
import org.caspian.store.ArticleStore;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.testing.Corpus;
import org.caspian.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaspianServerTest {
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

  @Test
  void binds_to_loopback_on_a_random_port() {
    assertThat(server.port()).isPositive();
    assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port());
  }

  @Test
  void health_reports_the_article_count() throws Exception {
    HttpResponse<String> res = get("/api/health");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(json(res).path("status").asText()).isEqualTo("ok");
    assertThat(json(res).path("articles").asLong()).isEqualTo(4);
  }

  @Test
  void search_returns_hits_highlights_and_facets() throws Exception {
    HttpResponse<String> res = get("/api/search?q=pipeline&limit=5");
    assertThat(res.statusCode()).isEqualTo(200);
    JsonNode r = json(res);
    assertThat(r.path("total").asLong()).isEqualTo(1);
    JsonNode hit = r.path("hits").get(0);
    assertThat(hit.path("id").asText()).isEqualTo("apa-1");
    assertThat(hit.path("published").asText()).isEqualTo("2025-07-15");
    assertThat(hit.path("titleHtml").asText()).contains("<mark>pipeline</mark>");
    assertThat(hit.path("snippets").get(0).asText()).contains("gas <mark>pipeline</mark>");
    assertThat(r.path("facets").path("source").get(0).path("value").asText()).isEqualTo("APA");
    assertThat(r.path("facets").fieldNames()).toIterable()
        .containsSubsequence("source", "language", "actor_country");
  }

  @Test
  void search_can_keep_the_articles_of_one_actor() throws Exception {
    JsonNode all = json(get("/api/search?q=&actor=AZE"));
    assertThat(all.path("total").asLong()).isEqualTo(4);
    JsonNode narrowed = json(get("/api/search?q=pipeline&actor=RUS"));
    assertThat(narrowed.path("total").asLong()).isEqualTo(1);
    assertThat(json(get("/api/search?q=pipeline&actor=ARM")).path("total").asLong()).isZero();
    assertThat(json(get("/api/search?q=pipeline&actor=")).path("total").asLong()).isEqualTo(1);
  }

  @Test
  void search_errors_are_400_with_a_message() throws Exception {
    HttpResponse<String> res = get("/api/search?q=pipeline%20AND%20(");
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(json(res).path("error").asText()).contains("cannot parse");
    HttpResponse<String> limit = get("/api/search?q=baku&limit=ten");
    assertThat(limit.statusCode()).isEqualTo(400);
    assertThat(json(limit).path("error").asText()).contains("limit");
  }

  @Test
  void dyad_returns_rows_per_bucket() throws Exception {
    JsonNode r = json(get("/api/dyad?a=RUS&b=AZE&by=month&all=false"));
    assertThat(r.path("by").asText()).isEqualTo("month");
    JsonNode rows = r.path("rows");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).path("period").asText()).isEqualTo("2025-06");
    assertThat(rows.get(0).path("events").asInt()).isEqualTo(3);
    assertThat(rows.get(0).path("quad3").asInt()).isEqualTo(2);
    assertThat(rows.get(0).path("goldsteinSum").asDouble()).isEqualTo(-12.0);
    JsonNode all = json(get("/api/dyad?a=aze&b=rus&by=month&all=true")).path("rows");
    assertThat(all.get(0).path("events").asInt()).isEqualTo(4);
  }

  @Test
  void dyad_as_csv_follows_the_contract() throws Exception {
    HttpResponse<String> res = get("/api/dyad?a=RUS&b=AZE&by=week&format=csv");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(res.body()).isEqualTo(
        "period,events,quad1,quad2,quad3,quad4,goldstein_sum,goldstein_mean\n"
            + "2025-W26,1,0,0,0,1,-5.000,-5.000\n"
            + "2025-W27,3,0,0,3,0,-9.000,-3.000\n"
            + "2025-W29,2,1,1,0,0,8.400,4.200\n");
  }

  @Test
  void dyad_parameter_errors_are_400() throws Exception {
    HttpResponse<String> noB = get("/api/dyad?a=RUS");
    assertThat(noB.statusCode()).isEqualTo(400);
    assertThat(json(noB).path("error").asText()).isEqualTo("parameter b is required");
    assertThat(get("/api/dyad?a=RUS&b=AZE&by=year").statusCode()).isEqualTo(400);
    assertThat(get("/api/dyad?a=RUS&b=AZE&all=maybe").statusCode()).isEqualTo(400);
    assertThat(get("/api/dyad?a=RUS&b=AZE&format=xml").statusCode()).isEqualTo(400);
  }

  @Test
  void dyad_events_lists_the_sentences_behind_a_bucket() throws Exception {
    JsonNode r = json(get("/api/dyad/events?a=RUS&b=AZE&by=week&period=2025-W26"));
    assertThat(r.path("period").asText()).isEqualTo("2025-W26");
    JsonNode e = r.path("events").get(0);
    assertThat(r.path("events")).hasSize(1);
    assertThat(e.path("articleId").asText()).isEqualTo("trend-1");
    assertThat(e.path("outlet").asText()).isEqualTo("Trend");
    assertThat(e.path("date").asText()).isEqualTo("2025-06-27");
    assertThat(e.path("trigger").asText()).isEqualTo("detained");
    String text = Corpus.trend().text();
    assertThat(text.substring(e.path("start").asInt(), e.path("end").asInt()))
        .isEqualTo(e.path("sentence").asText());
  }

  @Test
  void dyad_events_need_a_valid_period() throws Exception {
    HttpResponse<String> none = get("/api/dyad/events?a=RUS&b=AZE&by=week");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(json(none).path("error").asText()).contains("period");
    assertThat(get("/api/dyad/events?a=RUS&b=AZE&by=week&period=2025-06").statusCode())
        .isEqualTo(400);
  }

  @Test
  void article_json_includes_the_text() throws Exception {
    JsonNode a = json(get("/api/articles/tass-1"));
    assertThat(a.path("id").asText()).isEqualTo("tass-1");
    assertThat(a.path("text").asText()).isEqualTo(Corpus.tass().text());
    assertThat(a.path("events")).hasSize(3);
    HttpResponse<String> missing = get("/api/articles/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).path("error").asText()).contains("nope");
  }

  @Test
  void unknown_api_paths_are_404_json() throws Exception {
    HttpResponse<String> res = get("/api/nothing-here");
    assertThat(res.statusCode()).isEqualTo(404);
    assertThat(json(res).path("error").asText()).contains("/api/nothing-here");
  }

  @Test
  void pages_are_server_rendered_and_escape_input() throws Exception {
    HttpResponse<String> dyads = get("/dyads?a=tur&b=%3Cscript%3E");
    assertThat(dyads.statusCode()).isEqualTo(200);
    assertThat(dyads.body())
        .contains("<script src=\"/webjars/echarts/5.5.0/dist/echarts.min.js\"></script>")
        .contains("<script type=\"module\" src=\"/static/app.js\"></script>")
        .contains("id=\"dyad-a\" name=\"a\" value=\"TUR\"")
        .contains("value=\"&lt;SCRIPT>\"")
        .contains("4 articles")
        .doesNotContain("<SCRIPT>");
    HttpResponse<String> search = get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E");
    assertThat(search.statusCode()).isEqualTo(400); // the slash makes it a bad query
    assertThat(search.body()).contains("value=\"&lt;script>alert(1)&lt;/script>\"")
        .doesNotContain("<script>alert(1)");
  }

  @Test
  void article_page_escapes_the_text() throws Exception {
    HttpResponse<String> res = get("/articles/armenpress-1");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).contains("Yerevan &amp; Baku exchange draft texts")
        .contains("The draft &lt;b&gt;text&lt;/b&gt; was not published.")
        .contains("\\u003cb>text\\u003c/b>")
        .doesNotContain("<b>text</b>");
    HttpResponse<String> missing = get("/articles/%3Cnope%3E");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("&lt;nope&gt;").doesNotContain("<nope>");
  }

  @Test
  void echarts_and_own_assets_are_served_from_the_classpath() throws Exception {
    HttpResponse<String> echarts = get("/webjars/echarts/5.5.0/dist/echarts.min.js");
    assertThat(echarts.statusCode()).isEqualTo(200);
    assertThat(echarts.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/javascript");
    assertThat(echarts.body().length()).isGreaterThan(500_000);
    assertThat(get("/static/app.js").body()).contains("dyad.js");
    assertThat(get("/static/dyad.js").body()).contains("initDyads");
    assertThat(get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").statusCode()).isEqualTo(200);
    assertThat(get("/static/caspian.css").headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/css");
    assertThat(get("/static/missing.js").statusCode()).isEqualTo(404);
    assertThat(get("/webjars/echarts/5.5.0/../../x").statusCode()).isEqualTo(404);
  }

  @Test
  void a_store_that_cannot_search_is_refused() {
    ArticleStore plain = new ArticleStore() {
      @Override
      public boolean put(AnalyzedArticle a) {
        return false;
      }

      @Override
      public java.util.Optional<AnalyzedArticle> get(String id) {
        return java.util.Optional.empty();
      }

      @Override
      public long count() {
        return 0;
      }

      @Override
      public void commit() {}

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> CaspianServer.start(plain, null, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LuceneStore");
  }
}
