package org.caspian.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.caspian.model.AnalyzedArticle;
import org.caspian.query.CorpusQueries;
import org.caspian.query.LuceneCorpusQueries;
import org.caspian.query.workbench.LuceneWorkbench;
import org.caspian.server.CaspianServer;
import org.caspian.server.auth.AuthSettings;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.testing.Corpus;

/**
 * The test corpus ({@link Corpus}) in a fresh index under a temporary folder, served over
 * loopback with the workbench (its workspace beside the index), and an HTTP client for it. The
 * one server fixture of the API, server and auth tests.
 */
public final class TestServer implements AutoCloseable {
  /** Reads JSON answers. */
  public static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private final LuceneStore store;
  private final LuceneWorkbench desk;
  private final CorpusQueries queries;
  private final CaspianServer server;

  private TestServer(LuceneStore store, LuceneWorkbench desk, CorpusQueries queries,
      CaspianServer server) {
    this.store = store;
    this.desk = desk;
    this.queries = queries;
    this.server = server;
  }

  /** The corpus indexed in {@code dir/index}, served with {@code auth}. */
  public static TestServer start(Path dir, AuthSettings auth) throws IOException {
    LuceneStore store = LuceneStore.open(dir.resolve("index"));
    for (AnalyzedArticle a : Corpus.all()) {
      store.put(a);
    }
    store.commit();
    CorpusQueries queries = LuceneCorpusQueries.over(store);
    LuceneWorkbench desk = LuceneWorkbench.over(store, dir.resolve("workspace"),
        Clock.systemUTC());
    return new TestServer(store, desk, queries,
        CaspianServer.start(queries, desk, "127.0.0.1", 0, auth));
  }

  /** The corpus served with auth off. */
  public static TestServer start(Path dir) throws IOException {
    return start(dir, AuthSettings.OFF);
  }

  /** The running server. */
  public CaspianServer server() {
    return server;
  }

  /** The queries the server reads through. */
  public CorpusQueries queries() {
    return queries;
  }

  /** GET {@code path} without a token. */
  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send("GET", path, null, null);
  }

  /** {@code method} {@code path}, with a bearer token and a cookie when not null. */
  public HttpResponse<String> send(String method, String path, String token, String cookie)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The JSON body, checking the content type says JSON. */
  public static JsonNode json(HttpResponse<String> res) throws IOException {
    assertThat(res.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    return JSON.readTree(res.body());
  }

  /** GET {@code path}, which must answer 200 with JSON. */
  public JsonNode getJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> res = get(path);
    assertThat(res.statusCode()).as(path + ": " + res.body()).isEqualTo(200);
    return json(res);
  }

  @Override
  public void close() throws IOException {
    server.close();
    desk.close();
    store.close();
  }
}
