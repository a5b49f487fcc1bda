package org.caspian.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.caspian.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds are untrusted XML: no external entities, no DTD fetching, no entity bombs. */
class XmlSafetyTest {
  private static final String MARKER = "SECRET-MARKER-7731";

  @TempDir
  Path dir;

  private final FeedReader feeds = new FeedReader(1 << 20);
  private final AtomicInteger hits = new AtomicInteger();
  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      hits.incrementAndGet();
      byte[] body = ("<!ENTITY leak \"" + MARKER + "\">").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private List<String> textsOrRefusal(String xml) {
    try {
      return Collect.read(feeds, FeedReaderTest.input(xml)).articles().stream()
          .map(a -> a.title() + " " + a.text()).toList();
    } catch (SourceException refused) {
      assertThat(refused.getMessage()).doesNotContain("\n").doesNotContain(MARKER);
      return List.of(refused.getMessage());
    }
  }

  @Test
  void an_external_entity_pointing_at_a_local_file_is_not_read() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, MARKER);
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">]><rss version=\"2.0\"><channel><title>T</title><item>"
        + "<title>Item</title><description>before &xxe; after</description></item>"
        + "</channel></rss>";
    List<String> out = textsOrRefusal(xml);
    assertThat(out).isNotEmpty();
    assertThat(String.join(" ", out)).doesNotContain(MARKER);
  }

  @Test
  void no_dtd_or_entity_is_fetched_over_the_network() {
    String external = "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + base + "/rss.dtd\">"
        + "<rss version=\"2.0\"><channel><title>T</title><item><title>A</title>"
        + "<description>Body.</description></item></channel></rss>";
    String parameter = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + base
        + "/p.dtd\"> %p;]><rss version=\"2.0\"><channel><title>T</title><item><title>A</title>"
        + "<description>x &leak; y</description></item></channel></rss>";
    String general = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY g SYSTEM \"" + base
        + "/g\">]><rss version=\"2.0\"><channel><title>T</title><item><title>A</title>"
        + "<description>x &g; y</description></item></channel></rss>";
    List<String> all = List.of(external, parameter, general).stream()
        .flatMap(x -> textsOrRefusal(x).stream()).toList();
    assertThat(hits.get()).as("requests to the loopback server").isZero();
    assertThat(String.join(" ", all)).doesNotContain(MARKER);
    assertThat(textsOrRefusal(external)).containsExactly("A Body.");
  }

  @Test
  void billion_laughs_is_refused_with_one_line() {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">");
    }
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [" + dtd + "]><rss version=\"2.0\">"
        + "<channel><title>T</title><item><title>&lol10;</title></item></channel></rss>";
    long before = Runtime.getRuntime().totalMemory();
    assertThatThrownBy(() -> Collect.read(feeds, FeedReaderTest.input(xml)))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("entity expansions")
        .hasMessageNotContaining("\n");
    assertThat(Runtime.getRuntime().totalMemory() - before).isLessThan(512L << 20);
  }

  @Test
  void an_internal_entity_is_still_expanded() throws SourceException {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY org \"Caspian\">]>"
        + "<rss version=\"2.0\"><channel><title>T</title><item><title>About &org;</title>"
        + "</item></channel></rss>";
    List<Article> items = Collect.read(feeds, FeedReaderTest.input(xml)).articles();
    assertThat(items).extracting(Article::title).containsExactly("About Caspian");
  }
}
