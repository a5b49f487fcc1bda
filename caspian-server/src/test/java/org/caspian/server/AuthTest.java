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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.caspian.model.AnalyzedArticle;
import org.caspian.query.CorpusQueries;
import org.caspian.query.LuceneCorpusQueries;
import org.caspian.server.auth.AuthSettings;
import org.caspian.server.auth.TokenRole;
import org.caspian.server.auth.TokenStore;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.testing.Corpus;
import org.caspian.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens, roles, the login cookie and the refusal of a non-loopback bind without auth. */
class AuthTest {
  @TempDir
  static Path dir;
  static TestServer fixture;
  static CorpusQueries queries;
  static TokenStore tokens;
  static String reader;
  static String admin;
  static CaspianServer server;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .build();
  static final ObjectMapper JSON = TestServer.JSON;

  @BeforeAll
  static void start() throws IOException {
    tokens = new TokenStore(TokenStore.besideIndex(dir.resolve("index")));
    reader = tokens.issue(TokenRole.READER);
    admin = tokens.issue(TokenRole.ADMIN);
    fixture = TestServer.start(dir, new AuthSettings(tokens, false));
    server = fixture.server();
    queries = fixture.queries();
  }

  @AfterAll
  static void stop() throws IOException {
    fixture.close();
  }

  static HttpResponse<String> send(CaspianServer s, String method, String path, String token,
      String cookie) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + path))
        .timeout(Duration.ofSeconds(20))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path, String token) throws Exception {
    return send(server, "GET", path, token, null);
  }

  @Test
  void the_token_file_keeps_digests_only() throws IOException {
    String file = Files.readString(tokens.file());
    assertThat(file).doesNotContain(reader).doesNotContain(admin).contains("reader")
        .contains("admin");
    assertThat(tokens.file().getFileName().toString()).isEqualTo("index.tokens");
  }

  @Test
  void without_a_token_only_open_routes_answer() throws Exception {
    HttpResponse<String> denied = get("/api/search?q=baku", null);
    assertThat(denied.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(denied.body()).path("error").asText()).contains("token");
    assertThat(denied.headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(get("/api/health", null).statusCode()).isEqualTo(200);
    assertThat(get("/openapi.json", null).statusCode()).isEqualTo(200);
    assertThat(get("/static/caspian.css", null).statusCode()).isEqualTo(200);
    HttpResponse<String> page = get("/search", null);
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location").orElse("")).startsWith("/login?next=");
    assertThat(get("/api/search", "csp_not-a-token").statusCode()).isEqualTo(401);
  }

  @Test
  void a_reader_may_read_but_not_write() throws Exception {
    assertThat(get("/api/search?q=baku", reader).statusCode()).isEqualTo(200);
    JsonNode me = JSON.readTree(get("/api/whoami", reader).body());
    assertThat(me.path("auth").asBoolean()).isTrue();
    assertThat(me.path("role").asText()).isEqualTo("reader");
    HttpResponse<String> write = send(server, "POST", "/api/tokens?role=reader", reader, null);
    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(write.body()).path("error").asText()).contains("admin");
  }

  @Test
  void an_admin_may_make_tokens_that_work_at_once() throws Exception {
    HttpResponse<String> made = send(server, "POST", "/api/tokens?role=reader", admin, null);
    assertThat(made.statusCode()).isEqualTo(201);
    String fresh = JSON.readTree(made.body()).path("token").asText();
    assertThat(fresh).startsWith("csp_");
    assertThat(get("/api/search", fresh).statusCode()).isEqualTo(200);
    assertThat(send(server, "POST", "/api/tokens?role=boss", admin, null).statusCode())
        .isEqualTo(400);
  }

  @Test
  void the_login_cookie_reads_pages_but_never_writes() throws Exception {
    HttpRequest login = HttpRequest.newBuilder(URI.create(server.url() + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("token=" + admin + "&next=%2Fsearch"))
        .build();
    HttpResponse<String> res = HTTP.send(login, HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).isEqualTo(303);
    assertThat(res.headers().firstValue("Location")).hasValue("/search");
    String cookie = res.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
    String pair = cookie.substring(0, cookie.indexOf(';'));
    assertThat(send(server, "GET", "/search", null, pair).statusCode()).isEqualTo(200);
    assertThat(send(server, "POST", "/api/tokens?role=admin", null, pair).statusCode())
        .isEqualTo(401);
    HttpRequest bad = HttpRequest.newBuilder(URI.create(server.url() + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("token=nope&next=%2F%2Fevil.example"))
        .build();
    assertThat(HTTP.send(bad, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(401);
  }

  @Test
  void a_non_loopback_bind_is_refused_without_auth() throws Exception {
    assertThatThrownBy(() -> CaspianServer.start(queries, "0.0.0.0", 0, AuthSettings.OFF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refusing to listen on 0.0.0.0")
        .hasMessageContaining("caspian token");
    TokenStore none = new TokenStore(dir.resolve("empty.tokens"));
    assertThatThrownBy(() -> CaspianServer.start(queries, "0.0.0.0", 0,
        new AuthSettings(none, false))).hasMessageContaining("refusing");
    // --auth with no token yet: the bind is allowed and every protected request is refused.
    try (CaspianServer open = CaspianServer.start(queries, "0.0.0.0", 0,
        new AuthSettings(none, true))) {
      HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + open.port() + "/api/search")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(res.statusCode()).isEqualTo(401);
    }
  }

  @Test
  void with_auth_off_everything_is_open_on_loopback() throws Exception {
    try (CaspianServer open = CaspianServer.start(queries, "localhost", 0, AuthSettings.OFF)) {
      JsonNode me = JSON.readTree(send(open, "GET", "/api/whoami", null, null).body());
      assertThat(me.path("auth").asBoolean()).isFalse();
      assertThat(me.path("role").asText()).isEqualTo("admin");
      HttpResponse<String> write = send(open, "POST", "/api/tokens?role=reader", null, null);
      assertThat(write.statusCode()).isEqualTo(409);
    }
  }
}
