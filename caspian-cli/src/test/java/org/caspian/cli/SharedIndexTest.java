package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.caspian.server.CaspianServer;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer, many readers: the contract of issue 7 on a served index, and missing indexes. */
class SharedIndexTest {
  @TempDir Path dir;

  private static long total(CaspianServer server, String query) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "/api/search?q=" + query))
        .timeout(Duration.ofSeconds(10)).GET().build();
    HttpResponse<String> res = HttpClient.newHttpClient().send(req,
        HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).isEqualTo(200);
    JsonNode json = new ObjectMapper().readTree(res.body());
    return json.path("total").asLong();
  }

  @Test
  void while_the_server_runs_ingest_and_search_succeed_and_the_server_sees_the_new_article()
      throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("one.txt"), "Title: Ministry statement\n\n"
        + "The ministry in Baku issued a statement about the detained journalists.");
    Path more = Files.createDirectories(dir.resolve("more"));
    Files.writeString(more.resolve("two.txt"), "Title: Caravan talks\n\n"
        + "Officials in Tbilisi discussed the zanzibarite caravan with envoys from Yerevan.");
    String index = dir.resolve("idx").toString();
    assertThat(CliRun.run("--index", index, "ingest", docs.toString()).exit).isZero();

    // What 'caspian serve' does: a read-only store under the server.
    try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(Path.of(index));
        CaspianServer server = CaspianServer.start(store, "127.0.0.1", 0)) {
      assertThat(total(server, "zanzibarite")).isZero();

      CliRun ingest = CliRun.run("--index", index, "ingest", more.toString());
      assertThat(ingest.exit).as(ingest.err).isZero();
      assertThat(ingest.out).contains("1 added, 0 unchanged, 0 failed; 2 articles");
      CliRun search = CliRun.run("--index", index, "search", "zanzibarite");
      assertThat(search.exit).as(search.err).isZero();
      assertThat(search.out).contains("1 matching articles");
      CliRun dyad = CliRun.run("--index", index, "dyad", "GEO", "ARM", "--format", "csv");
      assertThat(dyad.exit).as(dyad.err).isZero();

      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      long seen = 0;
      while (seen == 0 && System.nanoTime() < deadline) {
        seen = total(server, "zanzibarite");
        if (seen == 0) {
          Thread.sleep(100);
        }
      }
      assertThat(seen).as("the server sees the new article within 10 s").isEqualTo(1);
    }
  }

  @Test
  void query_commands_refuse_a_folder_without_an_index_and_create_nothing() throws Exception {
    Path missing = dir.resolve("no-such-index");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    for (Path p : new Path[] {missing, empty}) {
      for (String[] cmd : new String[][] {{"search", "peace"}, {"dyad", "RUS", "AZE"},
          {"serve", "--port", "0"}}) {
        String[] args = new String[cmd.length + 2];
        args[0] = "--index";
        args[1] = p.toString();
        System.arraycopy(cmd, 0, args, 2, cmd.length);
        CliRun r = CliRun.run(args);
        assertThat(r.exit).as(String.join(" ", args)).isEqualTo(1);
        assertThat(r.err.strip()).startsWith("caspian: error: no index in " + p.toAbsolutePath());
        assertThat(r.err.strip().lines()).hasSize(1);
      }
    }
    assertThat(missing).doesNotExist();
    try (Stream<Path> files = Files.list(empty)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void right_after_demo_search_finds_the_demo_articles_in_the_default_index() {
    String home = System.getProperty("user.home");
    System.setProperty("user.home", dir.toString());
    try {
      CliRun demo = CliRun.run("demo", "--no-serve");
      assertThat(demo.exit).as(demo.err).isZero();
      assertThat(demo.out).contains(dir.resolve(".caspian").resolve("index").toString());
      CliRun search = CliRun.run("search", "peace");
      assertThat(search.exit).as(search.err).isZero();
      assertThat(search.out).doesNotStartWith("0 matching").containsPattern("[1-9]\\d* matching");
    } finally {
      System.setProperty("user.home", home);
    }
  }
}
