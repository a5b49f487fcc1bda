package org.caspian.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caspian.model.AnalyzedArticle;
import org.caspian.query.CorpusQueries;
import org.caspian.query.DyadCount;
import org.caspian.query.DyadEvent;
import org.caspian.query.DyadRow;
import org.caspian.query.Granularity;
import org.caspian.query.PageRequest;
import org.caspian.query.ResultPage;
import org.caspian.query.SearchAnswer;
import org.caspian.query.SearchHit;
import org.caspian.query.SearchRequest;
import org.caspian.server.auth.AuthSettings;
import org.junit.jupiter.api.Test;

/**
 * The server over a store that is not Lucene and fails: failures are JSON with a message, a
 * stack overflow is a 400, and the server needs nothing but {@link CorpusQueries}.
 */
class ServerFailureTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A store that holds nothing, breaks on search and recurses without end on dyads. */
  private static final class BrokenStore implements CorpusQueries {
    @Override
    public long articleCount() {
      return 0;
    }

    @Override
    public Optional<AnalyzedArticle> article(String id) {
      return Optional.empty();
    }

    @Override
    public Optional<LocalDate> latestDate() {
      return Optional.empty();
    }

    @Override
    public SearchAnswer<SearchHit> searchArticles(SearchRequest request) throws IOException {
      throw new IOException("disk gone");
    }

    @Override
    public SearchAnswer<DyadEvent> searchEvents(SearchRequest request) {
      throw new IllegalStateException("cluster unreachable");
    }

    @Override
    public List<DyadRow> dyadSeries(String a, String b, Granularity by, boolean all) {
      return dyadSeries(a, b, by, all); // overflows the stack
    }

    @Override
    public ResultPage<DyadEvent> dyadEvents(String a, String b, String period, Granularity by,
        boolean all, PageRequest page) {
      return new ResultPage<>(List.of(), 0, page.page(), page.size());
    }

    @Override
    public List<DyadCount> dyadCounts(LocalDate from, LocalDate to) {
      return List.of();
    }
  }

  private static JsonNode json(HttpResponse<String> res) throws IOException {
    assertThat(res.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    return new ObjectMapper().readTree(res.body());
  }

  @Test
  void failures_are_json_with_a_message_never_an_empty_500() throws Exception {
    try (CaspianServer server =
        CaspianServer.start(new BrokenStore(), null, 0, AuthSettings.OFF)) {
      HttpResponse<String> io = HTTP.send(HttpRequest.newBuilder(
          URI.create(server.url() + "/api/search?q=baku")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(io.statusCode()).isEqualTo(500);
      assertThat(json(io).path("error").asText()).contains("IOException")
          .doesNotContain("disk gone").doesNotContain("\tat ");
      HttpResponse<String> state = HTTP.send(HttpRequest.newBuilder(
          URI.create(server.url() + "/api/search?mode=events")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(state.statusCode()).isEqualTo(500);
      assertThat(json(state).path("error").asText()).contains("internal error");
      HttpResponse<String> deep = HTTP.send(HttpRequest.newBuilder(
          URI.create(server.url() + "/api/dyad?a=RUS&b=AZE")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(deep.statusCode()).isEqualTo(400);
      assertThat(json(deep).path("error").asText()).contains("nested too deeply");
      HttpResponse<String> overview = HTTP.send(HttpRequest.newBuilder(
          URI.create(server.url() + "/api/overview")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(overview.statusCode()).isEqualTo(500);
      assertThat(json(overview).path("error").asText()).isNotBlank();
    }
  }
}
