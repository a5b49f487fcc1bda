package org.caspian.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.caspian.ingest.IngestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Seeded mutation fuzzing of every reader over its fixtures: a bounded number of mutated inputs
 * per format, each of which must give articles, one-line item errors or one one-line {@link
 * SourceException}, and nothing else (no other exception, no multi-line message). A failure names
 * the seed and the input number, so it can be replayed.
 */
class SourceFuzzTest {
  private static final int INPUTS = Integer.getInteger("caspian.fuzz.inputs", 300);
  private static final long SEED = 0x5EED_CA5L;
  private static final String[] TOKENS = {"<", ">", "&", "&amp;", "&#0;", "&#x110000;", "]]>",
      "<![CDATA[", "<!--", "<!DOCTYPE rss [<!ENTITY a \"bbbb\">]>", "&a;", "\u0000", "\uFFFF",
      "{", "}", "[", "]", "\"", ",", ":", "\\u0000", "99999999999999999999", "-1", "null",
      "<item>", "</item>", "<entry>", "<p>", "</div>", "<script>", "WARC/1.0\r\n",
      "Content-Length: 99999999\r\n", "\r\n\r\n", "\"messages\": [", "\"text\": [", "\u202e",
      "\uD800", "xml:base=\"::\"", "<link href=\"http://[::1\"/>"};

  @TempDir
  Path dir;

  private static SourceInput input(byte[] bytes) {
    return SourceInput.ofBytes("fuzz", URI.create("https://fuzz.example/x/"),
        Instant.parse("2025-01-01T00:00:00Z"), bytes);
  }

  static byte[] mutate(Random r, byte[] in, List<byte[]> corpus) {
    byte[] b = in;
    int rounds = 1 + r.nextInt(4);
    for (int k = 0; k < rounds; k++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int at = b.length == 0 ? 0 : r.nextInt(b.length);
      switch (r.nextInt(7)) {
        case 0 -> { // flip bytes
          b = b.clone();
          for (int i = 0; i < 1 + r.nextInt(8) && b.length > 0; i++) {
            b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
          }
          continue;
        }
        case 1 -> { // delete a range
          int len = Math.min(b.length - at, r.nextInt(64));
          out.write(b, 0, at);
          out.write(b, at + len, b.length - at - len);
        }
        case 2 -> { // duplicate a range
          int len = Math.min(b.length - at, r.nextInt(256));
          out.write(b, 0, at + len);
          out.write(b, at, b.length - at);
        }
        case 3 -> { // insert a token
          out.write(b, 0, at);
          out.writeBytes(TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
          out.write(b, at, b.length - at);
        }
        case 4 -> out.write(b, 0, at); // truncate
        case 5 -> { // splice with another fixture
          byte[] other = corpus.get(r.nextInt(corpus.size()));
          int from = other.length == 0 ? 0 : r.nextInt(other.length);
          out.write(b, 0, at);
          out.write(other, from, other.length - from);
        }
        default -> { // random bytes
          out.write(b, 0, at);
          byte[] noise = new byte[1 + r.nextInt(16)];
          r.nextBytes(noise);
          out.writeBytes(noise);
          out.write(b, at, b.length - at);
        }
      }
      b = out.toByteArray();
    }
    return b;
  }

  private static void fuzz(String format, ArticleSource source, List<byte[]> corpus) {
    assertThat(corpus).as(format + " fixtures").isNotEmpty();
    Random r = new Random(SEED ^ format.hashCode());
    assertTimeoutPreemptively(Duration.ofSeconds(120L * Math.max(1, INPUTS / 300)), () -> {
      for (int i = 0; i < INPUTS; i++) {
        byte[] bytes = mutate(r, corpus.get(r.nextInt(corpus.size())), corpus);
        List<IngestResult> out = new ArrayList<>();
        try {
          source.read(input(bytes), out::add);
        } catch (SourceException e) {
          assertThat(e.getMessage()).as(format + " input " + i).isNotBlank()
              .doesNotContain("\n");
        } catch (RuntimeException | StackOverflowError e) {
          fail(format + " input " + i + " (seed " + SEED + "): " + e, e);
        }
        for (IngestResult res : out) {
          assertThat(res.message()).as(format + " input " + i).doesNotContain("\n");
        }
      }
    });
  }

  private static List<byte[]> shared(String... relatives) {
    List<byte[]> out = new ArrayList<>();
    for (String rel : relatives) {
      Path dir = Path.of("").toAbsolutePath();
      while (dir != null) {
        Path p = dir.resolve("shared/data/feeds").resolve(rel);
        if (Files.isRegularFile(p)) {
          try {
            out.add(Files.readAllBytes(p));
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
          break;
        }
        dir = dir.getParent();
      }
    }
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void feeds() {
    List<byte[]> corpus = new ArrayList<>(List.of(
        utf8("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
            + "<channel><title>T</title><link>https://n.example/</link><language>ru</language>"
            + "<item><title>A</title><link>/a</link><description>&lt;p&gt;Text&lt;/p&gt;"
            + "</description><pubDate>Thu,28 Jul 2022 4:35:5 GMT+9</pubDate></item>"
            + "<item><title>B</title><content:encoded><![CDATA[<p>Full</p>]]></content:encoded>"
            + "</item></channel></rss>"),
        utf8("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"http://e.example/t/\">"
            + "<title>F</title><entry xml:base=\"sub/\"><title>E</title><link href=\"r.html\"/>"
            + "<updated>2025-01-02T03:04:05+04:00</updated><content type=\"html\">&lt;b&gt;x"
            + "&lt;/b&gt;</content></entry></feed>"),
        utf8("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
            + "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<channel rdf:about=\"x\"><title>R</title></channel><item rdf:about=\"i\">"
            + "<title>I</title><dc:date>2013-09-16</dc:date></item></rdf:RDF>"),
        utf8("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
            + "https://e.example/</loc></url></urlset>")));
    corpus.addAll(shared("rss/liga-net-ru-2021-08-22.rss",
        "rss/rome-issue137-moe-gov-sg-feedburner.xml", "atom/rome-atom_1.0_b.xml",
        "sitemap/newscrawl-sitemap-news.xml"));
    fuzz("feed", new FeedReader(1 << 22), corpus);
  }

  @Test
  void telegram() {
    List<byte[]> corpus = new ArrayList<>(List.of(
        utf8("{\"name\":\"C\",\"type\":\"public_channel\",\"id\":1,\"messages\":[{\"id\":1,"
            + "\"type\":\"message\",\"date_unixtime\":\"1700000000\",\"text\":[\"a \",{\"type\":"
            + "\"bold\",\"text\":\"b\"}],\"forwarded_from\":\"X\"},{\"id\":2,\"type\":\"service\"}"
            + ",{\"id\":3,\"type\":\"message\",\"date\":\"2024-01-01T10:00:00\",\"text\":\"t\"}]}"),
        utf8("{\"chats\":{\"list\":[{\"name\":\"A\",\"id\":2,\"messages\":[{\"id\":5,"
            + "\"type\":\"message\",\"date_unixtime\":\"1\",\"text\":\"x\"}]}]}}")));
    corpus.addAll(shared("telegram/chatstyle-fixture-personal_chat-ru.result.json"));
    fuzz("telegram", new TelegramExportReader(), corpus);
  }

  @Test
  void web_pages() throws IOException, URISyntaxException {
    Path pages = Path.of(SourceFuzzTest.class.getResource("pages").toURI());
    List<byte[]> corpus = new ArrayList<>();
    try (Stream<Path> files = Files.list(pages)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        corpus.add(Files.readAllBytes(p));
      }
    }
    fuzz("web page", new WebPageReader(1 << 22), corpus);
  }

  @Test
  void warc_files() throws IOException {
    List<byte[]> corpus = new ArrayList<>();
    for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      Path file = WarcFileReaderTest.warc(dir.resolve("f" + c + ".warc"), c);
      corpus.add(Files.readAllBytes(file));
    }
    fuzz("warc", new WarcFileReader(1 << 20), corpus);
  }
}
