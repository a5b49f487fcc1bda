package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.caspian.server.CaspianServer;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch target of issue 7: {@code caspian watch} in its own JVM (the index's one writer)
 * follows 50 feeds on a loopback server while a server over the same index (a read-only store, as
 * {@code caspian serve} runs it) answers {@code /api/search}; every item a feed gains must be
 * returned by the server within 10 s of appearing in its feed. A functional deadline, polled, not
 * a speed benchmark: the child polls each feed every 2 s.
 */
class WatchWhileServingTest {
  private static final int FEEDS = 50;
  private static final int WAVES = 3;
  private static final Duration DEADLINE = Duration.ofSeconds(10);

  static {
    // The feed server answers as production servers do, without Nagle's algorithm (else each
    // response's body waits for the client's delayed ACK of its headers). Effective when this is
    // the JVM's first HttpServer; otherwise fetches are only slower.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  @TempDir Path dir;

  private HttpServer feedServer;
  /** Items of each feed, by path: a unique word per item. */
  private final Map<String, List<String>> feeds = new ConcurrentHashMap<>();
  private final AtomicInteger fetches = new AtomicInteger();
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();

  @BeforeEach
  void startFeeds() throws IOException {
    feedServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    feedServer.createContext("/", ex -> {
      List<String> items = feeds.get(ex.getRequestURI().getPath());
      fetches.incrementAndGet();
      if (items == null) {
        ex.sendResponseHeaders(404, -1);
      } else {
        String body;
        synchronized (items) {
          body = rss(ex.getRequestURI().getPath(), items);
        }
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          ex.sendResponseHeaders(304, -1);
        } else {
          byte[] b = body.getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("ETag", etag);
          ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
          ex.sendResponseHeaders(200, b.length);
          ex.getResponseBody().write(b);
        }
      }
      ex.close();
    });
    feedServer.start();
  }

  @AfterEach
  void stopFeeds() {
    feedServer.stop(0);
  }

  private static String rss(String path, List<String> words) {
    StringBuilder b = new StringBuilder("<rss version=\"2.0\"><channel><title>Loop ")
        .append(path).append("</title>");
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      b.append("<item><title>Border talks ").append(w).append("</title><link>https://loop.example")
          .append(path).append('/').append(w).append("</link><description>Armenia and "
              + "Azerbaijan resumed border talks in Brussels about the ").append(w)
          .append(" crossing, ").append(marker(i)).append(" said.</description><pubDate>Mon, 30 Jun 2025 10:00:00 +0400</pubDate>"
              + "</item>");
    }
    return b.append("</channel></rss>").toString();
  }

  /** A word no analyser or dictionary knows: letters only, unique per feed and wave. */
  private static String word(int feed, int wave) {
    StringBuilder b = new StringBuilder("qvx");
    for (int n = feed * 10 + wave; ; n /= 26) {
      b.append((char) ('a' + n % 26));
      if (n < 26) {
        break;
      }
    }
    return b.append("zork").toString();
  }

  /** A word every item of one wave (0 = the items the feeds start with) carries. */
  private static String marker(int wave) {
    return "zqwave" + (char) ('a' + wave) + "marker";
  }

  /** The server's answer to {@code /api/search} for any of {@code words}, up to 100 hits. */
  private JsonNode search(CaspianServer server, Collection<String> words) throws Exception {
    String q = URLEncoder.encode(String.join(" OR ", words), StandardCharsets.UTF_8);
    HttpRequest req = HttpRequest.newBuilder(
        URI.create(server.url() + "/api/search?size=100&q=" + q))
        .timeout(Duration.ofSeconds(10)).GET().build();
    HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    return mapper.readTree(res.body());
  }

  /** The child {@code caspian watch}, with its output lines collected as they come. */
  private static final class Watcher implements AutoCloseable {
    final Process process;
    final List<String> lines = new ArrayList<>();

    Watcher(Process process) {
      this.process = process;
      Thread t = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          for (String l = r.readLine(); l != null; l = r.readLine()) {
            synchronized (lines) {
              lines.add(l);
            }
          }
        } catch (IOException e) {
          // the child ended
        }
      }, "watch-stdout");
      t.setDaemon(true);
      t.start();
    }

    long rounds() {
      synchronized (lines) {
        return lines.stream().filter(l -> l.startsWith("polled " + FEEDS + " feeds")).count();
      }
    }

    String output() {
      synchronized (lines) {
        return String.join("\n", lines);
      }
    }

    @Override
    public void close() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void every_new_item_of_fifty_feeds_is_returned_by_the_server_within_ten_seconds()
      throws Exception {
    StringBuilder list = new StringBuilder("# 50 loopback feeds\n");
    for (int f = 0; f < FEEDS; f++) {
      List<String> items = new ArrayList<>();
      items.add(word(f, 0));
      feeds.put("/feed-" + f + ".rss", items);
      list.append("http://127.0.0.1:").append(feedServer.getAddress().getPort())
          .append("/feed-").append(f).append(".rss\n");
    }
    Path feedList = Files.writeString(dir.resolve("feeds.txt"), list);
    Path index = dir.resolve("idx");
    // The first poll creates the index, so that the server has one to open.
    CliRun first = CliRun.run("--index", index.toString(), "watch", feedList.toString(), "--once",
        "--allow-loopback", "--host-delay", "0", "--interval-seconds", "2");
    assertThat(first.exit).as(first.err).isZero();
    assertThat(first.out).contains("polled 50 feeds: 50 new articles");

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "--index", index.toString(),
        "watch", feedList.toString(), "--allow-loopback", "--host-delay", "0",
        "--interval-seconds", "2");
    pb.redirectError(dir.resolve("watch-stderr.txt").toFile());
    try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(index);
        CaspianServer server = CaspianServer.start(store, "127.0.0.1", 0);
        Watcher watch = new Watcher(pb.start())) {
      assertThat(search(server, List.of(word(7, 0))).path("total").asLong()).isEqualTo(1);
      // The child is ready once it has polled every feed once (its pipeline loaded).
      long ready = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (watch.rounds() == 0 && watch.process.isAlive() && System.nanoTime() < ready) {
        Thread.sleep(100);
      }
      assertThat(watch.rounds()).as("watch output: %s%nstderr: %s", watch.output(),
          Files.readString(dir.resolve("watch-stderr.txt"))).isPositive();

      List<Long> latencies = new ArrayList<>();
      for (int wave = 1; wave <= WAVES; wave++) {
        Map<String, Long> pending = new LinkedHashMap<>();
        for (int f = 0; f < FEEDS; f++) {
          List<String> items = feeds.get("/feed-" + f + ".rss");
          String w = word(f, wave);
          synchronized (items) {
            items.add(w);
          }
          pending.put(w, System.nanoTime());
        }
        // waits past the deadline, so that a late item is reported with its latency
        long waveEnd = System.nanoTime() + 3 * DEADLINE.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < waveEnd) {
          // one query a round: the wave's marker word, which every item of the wave carries
          JsonNode answer = search(server, List.of(marker(wave)));
          long now = System.nanoTime();
          for (JsonNode hit : answer.path("hits")) {
            String title = hit.path("title").asText();
            Long since = pending.remove(title.substring(title.lastIndexOf(' ') + 1));
            if (since != null) {
              latencies.add(now - since);
            }
          }
          Thread.sleep(200);
        }
        assertThat(pending).as("wave %d: items not searchable %s after they appeared; watch "
            + "output:%n%s", wave, 3 * DEADLINE.toSeconds(), watch.output()).isEmpty();
        assertThat(watch.process.isAlive()).isTrue();
      }
      List<Long> sorted = latencies.stream().sorted().toList();
      System.out.printf("watch while serving: %d items, latency median %.1f s, max %.1f s%n%s%n",
          sorted.size(), sorted.get(sorted.size() / 2) / 1e9, sorted.get(sorted.size() - 1) / 1e9,
          watch.output());
      assertThat(latencies).as("watch output:%n%s", watch.output()).hasSize(FEEDS * WAVES)
          .allSatisfy(l -> assertThat(l).isLessThanOrEqualTo(DEADLINE.toNanos()));
      assertThat(fetches.get()).as("the feeds were polled repeatedly")
          .isGreaterThan(FEEDS * (WAVES + 1));
    }
  }
}
