package org.caspian.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caspian.ingest.FileIngestor;
import org.caspian.ingest.IngestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/** {@code caspian ingest PATH} over the new formats: dispatch by name and content. */
class SourceFilesTest {
  @TempDir
  Path dir;

  private List<IngestResult> ingest(Path path) {
    List<IngestResult> out = new ArrayList<>();
    new FileIngestor().read(path, out::add);
    return out;
  }

  private static List<String> origins(List<IngestResult> rs, boolean ok) {
    return rs.stream().filter(r -> r.succeeded() == ok).map(IngestResult::origin).toList();
  }

  @Test
  void a_folder_of_mixed_sources_is_read_by_format_and_bad_files_fail_alone() throws IOException {
    Files.writeString(dir.resolve("a-feed.rss"), "<rss version=\"2.0\"><channel><title>T</title>"
        + "<item><title>One</title><description>First item.</description></item>"
        + "<item><title>Two</title><description>Second item.</description></item>"
        + "</channel></rss>");
    Files.writeString(dir.resolve("b-page.html"), WarcFileReaderTest.page("Page",
        "The prime minister visited the border villages on Tuesday.", "2024-01-02"));
    Files.writeString(dir.resolve("c-map.xml"), "<urlset xmlns=\"http://www.sitemaps.org/"
        + "schemas/sitemap/0.9\"><url><loc>https://e.example/a</loc></url></urlset>");
    Path tg = Files.createDirectories(dir.resolve("d-telegram"));
    Files.writeString(tg.resolve("result.json"), "{\"name\":\"Ch\",\"type\":\"public_channel\","
        + "\"id\":7,\"messages\":[{\"id\":1,\"type\":\"message\",\"date_unixtime\":\"1700000000\","
        + "\"text\":\"Post text.\"}]}");
    Files.writeString(tg.resolve("other.json"), "{\"not\": \"read in a folder\"}");
    WarcFileReaderTest.warc(dir.resolve("e-crawl.warc.gz"), WarcCompression.GZIP);
    Files.writeString(dir.resolve("f-note.txt"), "Title: Note\n\nA plain text article.");
    Files.writeString(dir.resolve("g-home.rss"), "<!doctype html><html><body>Home</body></html>");

    List<IngestResult> rs = ingest(dir);
    assertThat(origins(rs, true)).containsExactly(
        dir.resolve("a-feed.rss") + ":item 1", dir.resolve("a-feed.rss") + ":item 2",
        dir.resolve("b-page.html").toString(),
        tg.resolve("result.json") + ":Ch post 1",
        dir.resolve("e-crawl.warc.gz") + ":record 1 https://news.example/a",
        dir.resolve("e-crawl.warc.gz") + ":record 4 https://news.example/b",
        dir.resolve("f-note.txt").toString());
    assertThat(rs.stream().filter(r -> !r.succeeded()).map(IngestResult::message)).containsExactly(
        dir.resolve("c-map.xml") + ": a sitemap of 1 page URLs, not a feed: sitemaps list pages "
            + "to fetch and hold no article text",
        dir.resolve("g-home.rss") + ": not a feed: the document is an HTML page");
  }

  @Test
  void a_named_json_file_that_looks_like_an_export_is_read_as_one() throws IOException {
    Path named = Files.writeString(dir.resolve("channel-2024.json"), "{\"name\":\"N\",\"id\":3,"
        + "\"messages\":[{\"id\":9,\"type\":\"message\",\"date_unixtime\":\"1\",\"text\":\"Hi.\"}]}");
    List<IngestResult> rs = ingest(named);
    assertThat(rs).singleElement().satisfies(r -> {
      assertThat(r.succeeded()).isTrue();
      assertThat(r.article().source()).isEqualTo("N");
    });
  }

  @Test
  void a_feed_saved_as_html_is_still_read_as_a_feed() throws IOException {
    Path p = Files.writeString(dir.resolve("feed.html"), "<?xml version=\"1.0\"?><feed "
        + "xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title><entry><title>E</title>"
        + "<summary>Entry text.</summary></entry></feed>");
    assertThat(ingest(p)).extracting(r -> r.article().text()).containsExactly("Entry text.");
  }
}
