package org.caspian.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.caspian.server.auth.AuthSettings;
import org.caspian.server.auth.TokenRole;
import org.caspian.server.auth.TokenStore;
import org.caspian.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alerts and ACH over HTTP with auth on: readers read, admins write, both kept in the store. */
class WorkspaceApiTest {
  @TempDir
  static Path dir;
  static TestServer fixture;
  static String reader;
  static String admin;

  @BeforeAll
  static void start() throws Exception {
    TokenStore tokens = new TokenStore(dir.resolve("tokens"));
    reader = tokens.issue(TokenRole.READER);
    admin = tokens.issue(TokenRole.ADMIN);
    fixture = TestServer.start(dir, new AuthSettings(tokens, false));
  }

  @AfterAll
  static void stop() throws Exception {
    fixture.close();
  }

  private static HttpResponse<String> as(String token, String method, String path)
      throws Exception {
    return fixture.send(method, path, token, null);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void alerts_are_made_by_admins_listed_checked_fed_and_deleted() throws Exception {
    assertThat(as(reader, "POST", "/api/alerts?kind=query&query=pipeline").statusCode())
        .isEqualTo(403);
    assertThat(as(null, "GET", "/api/alerts").statusCode()).isEqualTo(401);
    HttpResponse<String> made = as(admin, "POST",
        "/api/alerts?kind=query&name=Pipes&query=pipeline&includeExisting=true");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    String id = TestServer.json(made).path("id").asText();
    HttpResponse<String> esc = as(admin, "POST", "/api/alerts?kind=escalation&a=RUS&b=AZE");
    assertThat(esc.statusCode()).isEqualTo(201);
    assertThat(TestServer.json(esc).path("granularity").asText()).isEqualTo("week");
    JsonNode hits = TestServer.json(as(admin, "POST", "/api/alerts/check")).path("hits");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).path("key").asText()).isEqualTo("apa-1");
    assertThat(TestServer.json(as(admin, "POST", "/api/alerts/check")).path("hits")).isEmpty();
    JsonNode list = TestServer.json(as(reader, "GET", "/api/alerts"));
    assertThat(list.path("alerts")).hasSize(2);
    assertThat(list.path("hits").get(0).path("alertName").asText()).isEqualTo("Pipes");
    HttpResponse<String> feed = as(reader, "GET", "/api/alerts/feed");
    assertThat(feed.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/atom+xml");
    assertThat(feed.body()).contains("<feed").contains("apa-1");
    assertThat(as(reader, "DELETE", "/api/alerts/" + id).statusCode()).isEqualTo(403);
    assertThat(as(admin, "DELETE", "/api/alerts/" + id).statusCode()).isEqualTo(200);
    assertThat(as(admin, "DELETE", "/api/alerts/" + id).statusCode()).isEqualTo(404);
    assertThat(TestServer.json(as(reader, "GET", "/api/alerts")).path("alerts")).hasSize(1);
    assertThat(as(admin, "POST", "/api/alerts?kind=query&query=" + enc("(baku")).statusCode())
        .isEqualTo(400);
    assertThat(as(admin, "POST", "/api/alerts?kind=rss").statusCode()).isEqualTo(400);
  }

  @Test
  void an_ach_matrix_ranks_hypotheses_by_inconsistency_and_exports_markdown() throws Exception {
    String m = "/api/ach/" + "june-crisis";
    assertThat(as(admin, "POST", m + "/hypotheses?title=" + enc("A deliberate break"))
        .statusCode()).isEqualTo(201);
    assertThat(as(admin, "POST", m + "/hypotheses?title=" + enc("A police incident"))
        .statusCode()).isEqualTo(201);
    HttpResponse<String> ev = as(admin, "POST", m + "/evidence?kind=event&ref=trend-1%230"
        + "&credibility=high");
    assertThat(ev.statusCode()).as(ev.body()).isEqualTo(201);
    assertThat(TestServer.json(ev).path("text").asText()).contains("Trend");
    assertThat(as(admin, "POST", m + "/evidence?kind=note&text=" + enc("Flights were cut"))
        .statusCode()).isEqualTo(201);
    assertThat(as(admin, "POST", m + "/ratings?evidence=E2&hypothesis=H2&rating=II")
        .statusCode()).isEqualTo(200);
    JsonNode matrix = TestServer.json(as(admin, "POST",
        m + "/ratings?evidence=E1&hypothesis=H1&rating=C"));
    assertThat(matrix.path("ranking").get(0).path("hypothesis").path("id").asText())
        .isEqualTo("H1");
    assertThat(matrix.path("ranking").get(1).path("inconsistent").asInt()).isEqualTo(1);
    assertThat(TestServer.json(as(reader, "GET", "/api/ach")).path("matrices").get(0).asText())
        .isEqualTo("june-crisis");
    HttpResponse<String> md = as(reader, "GET", m + "?format=md");
    assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
    assertThat(md.body()).contains("A deliberate break").contains("Flights were cut");
    assertThat(as(admin, "DELETE", m + "/evidence/E2").statusCode()).isEqualTo(200);
    assertThat(TestServer.json(as(reader, "GET", m)).path("evidence")).hasSize(1);
    assertThat(as(reader, "GET", "/api/ach/nothing").statusCode()).isEqualTo(404);
    assertThat(as(admin, "POST", m + "/ratings?evidence=E1&hypothesis=H1&rating=maybe")
        .statusCode()).isEqualTo(400);
    assertThat(as(reader, "POST", m + "/hypotheses?title=x").statusCode()).isEqualTo(403);
  }
}
