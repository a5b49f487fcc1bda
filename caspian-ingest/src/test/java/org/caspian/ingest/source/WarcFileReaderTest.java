package org.caspian.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.caspian.model.Article;
import org.caspian.model.ArticleField;
import org.caspian.model.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcFileReaderTest {
  static final Instant CAPTURED = Instant.parse("2024-05-06T07:08:09Z");

  @TempDir
  Path dir;

  static String page(String title, String body, String date) {
    String meta = date.isEmpty() ? ""
        : "<meta property=\"article:published_time\" content=\"" + date + "\">";
    return "<html lang=\"en\"><head><title>" + title + "</title>" + meta + "</head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title
        + "</h1><p>" + body + "</p><p>A second paragraph of the story, long enough to count, "
        + "with more detail.</p></article><footer>Copyright</footer></body></html>";
  }

  static void response(WarcWriter w, String uri, int status, String type, String body)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
    w.write(new WarcResponse.Builder(uri).date(CAPTURED).body(http).build());
  }

  static Path warc(Path file, WarcCompression compression) throws IOException {
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
        compression)) {
      response(w, "https://news.example/a", 200, "text/html; charset=utf-8",
          page("Dated story", "Ministers met in Baku on Monday to discuss the corridor plan.",
              "2024-05-05T10:00:00+04:00"));
      response(w, "https://news.example/logo.png", 200, "image/png", "PNG");
      response(w, "https://news.example/gone", 404, "text/html", page("Gone", "Nothing.", ""));
      response(w, "https://news.example/b", 200, "text/html",
          page("Undated story", "Officials in Yerevan said the border talks would resume.", ""));
    }
    return file;
  }

  @Test
  void html_responses_become_articles_and_other_records_are_skipped() throws Exception {
    for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      Path file = warc(dir.resolve(c == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc"), c);
      Collect got = Collect.read(new WarcFileReader(1 << 20), SourceInput.ofFile(file));
      assertThat(got.errors()).isEmpty();
      List<Article> pages = got.articles();
      assertThat(pages).extracting(Article::url)
          .containsExactly("https://news.example/a", "https://news.example/b");
      Article dated = pages.get(0);
      assertThat(dated.title()).isEqualTo("Dated story");
      assertThat(dated.text()).startsWith("Ministers met in Baku").doesNotContain("Home");
      assertThat(dated.meta().publishedAt()).hasToString("2024-05-05T10:00+04:00");
      assertThat(dated.meta().language()).isEqualTo("en");
      Article undated = pages.get(1);
      assertThat(undated.meta().publishedIsFallback()).isTrue();
      assertThat(undated.published()).isNull();
      assertThat(undated.meta().publishedAt().toInstant()).isEqualTo(CAPTURED);
      assertThat(undated.meta().provenanceOf(ArticleField.PUBLISHED))
          .isEqualTo(Provenance.FETCH_TIME);
    }
  }

  @Test
  void an_oversized_page_fails_alone() throws Exception {
    Path file = warc(dir.resolve("big.warc"), WarcCompression.NONE);
    Collect got = Collect.read(new WarcFileReader(300), SourceInput.ofFile(file));
    assertThat(got.errors()).hasSize(2).allSatisfy(e ->
        assertThat(e).contains("page too large: more than 300 bytes"));
  }

  @Test
  void a_gzip_bomb_in_a_response_body_is_cut_at_the_limit() throws Exception {
    java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(packed)) {
      byte[] zeros = new byte[1 << 20];
      gz.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 64; i++) {
        gz.write(zeros);
      }
    }
    assertThat(packed.size()).isLessThan(1 << 20);
    Path file = dir.resolve("bomb.warc.gz");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      HttpResponse http = new HttpResponse.Builder(200, "OK")
          .addHeader("Content-Encoding", "gzip")
          .body(MediaType.parse("text/html"), packed.toByteArray()).build();
      w.write(new WarcResponse.Builder("https://news.example/bomb").date(CAPTURED).body(http)
          .build());
    }
    Collect got = Collect.read(new WarcFileReader(1 << 20), SourceInput.ofFile(file));
    assertThat(got.errors()).singleElement().satisfies(e ->
        assertThat(e).endsWith("page too large: more than 1,048,576 bytes (raise it with "
            + "--max-bytes)"));
  }

  @Test
  void a_file_that_is_not_warc_is_refused_in_one_line() throws IOException {
    Path file = Files.writeString(dir.resolve("fake.warc"), "this is not a warc file\n");
    assertThatThrownBy(() -> Collect.read(new WarcFileReader(1 << 20), SourceInput.ofFile(file)))
        .isInstanceOf(SourceException.class)
        .hasMessageNotContaining("\n");
  }
}
