package org.caspian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIngestorTest {
  @TempDir Path dir;

  private List<IngestResult> read(Path... paths) {
    List<IngestResult> out = new ArrayList<>();
    new FileIngestor(1 << 20).read(List.of(paths), out::add);
    return out;
  }

  @Test
  void header_block_gives_title_source_date_and_body_offsets_start_after_it() throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Title: Baku cancels visit\nSource: APA\nPublished: 2025-06-30\n\n"
        + "Baku cancelled the visit of a Russian deputy prime minister.\n");
    IngestResult r = read(f).get(0);
    assertThat(r.succeeded()).isTrue();
    assertThat(r.article().title()).isEqualTo("Baku cancels visit");
    assertThat(r.article().source()).isEqualTo("APA");
    assertThat(r.article().published()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(r.article().text()).startsWith("Baku cancelled").endsWith("minister.");
  }

  @Test
  void same_text_gives_same_id_and_different_text_a_different_one() throws IOException {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Path c = dir.resolve("c.txt");
    Files.writeString(a, "Moscow  said the talks were useful.");
    Files.writeString(b, "Moscow said the talks were useful.\r\n");
    Files.writeString(c, "Baku said the talks were useful.");
    List<IngestResult> rs = read(a, b, c);
    assertThat(rs.get(0).article().id()).isEqualTo(rs.get(1).article().id());
    assertThat(rs.get(0).article().id()).isNotEqualTo(rs.get(2).article().id());
  }

  @Test
  void bad_files_fail_one_by_one_and_the_batch_goes_on() throws IOException {
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "  \n");
    Path junk = dir.resolve("junk.txt");
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    Files.write(junk, bytes);
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
      raf.setLength(2L << 20);
    }
    Path missing = dir.resolve("missing.txt");
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Yerevan welcomed the statement.");
    List<IngestResult> rs = read(empty, junk, big, missing, good);
    assertThat(rs).hasSize(5);
    assertThat(rs.get(0).message()).contains("empty.txt").contains("empty file");
    assertThat(rs.get(1).message()).contains("junk.txt").contains("binary");
    assertThat(rs.get(2).message()).contains("big.txt").contains("too large");
    assertThat(rs.get(3).message()).contains("missing.txt").contains("no such file");
    assertThat(rs.get(4).succeeded()).isTrue();
    rs.subList(0, 4).forEach(r -> assertThat(r.message()).doesNotContain("\n"));
  }

  @Test
  void unreadable_file_is_reported() throws IOException {
    Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
    Path f = dir.resolve("locked.txt");
    Files.writeString(f, "Tehran said nothing.");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(f), "running as root: permissions are not enforced");
    assertThat(read(f).get(0).message()).contains("locked.txt").contains("permission denied");
  }

  @Test
  void jsonl_errors_name_file_line_and_field() throws IOException {
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"title\":\"One\",\"text\":\"Ankara praised Baku.\",\"published\":\"2025-08-08\"}",
        "{not json",
        "{\"title\":\"No text\"}",
        "",
        "{\"text\":\"Tbilisi\",\"published\":\"yesterday-ish\"}",
        "[1,2]"), StandardCharsets.UTF_8);
    List<IngestResult> rs = read(f);
    assertThat(rs).hasSize(5);
    assertThat(rs.get(0).article().published()).isEqualTo(LocalDate.of(2025, 8, 8));
    assertThat(rs.get(1).message()).contains("feed.jsonl:2").contains("invalid JSON");
    assertThat(rs.get(2).message()).contains("feed.jsonl:3").contains("field 'text'");
    assertThat(rs.get(3).message()).contains("feed.jsonl:5").contains("field 'published'");
    assertThat(rs.get(4).message()).contains("feed.jsonl:6").contains("object");
  }

  @Test
  void folders_are_walked_in_name_order_and_unknown_extensions_skipped() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.txt"), "Second text here.");
    Files.writeString(dir.resolve("a.txt"), "First text here.");
    Files.write(dir.resolve("image.png"), new byte[] {1, 2, 3});
    List<IngestResult> rs = read(dir);
    assertThat(rs).extracting(r -> r.article().text())
        .containsExactly("First text here.", "Second text here.");
  }

  @Test
  void legacy_cyrillic_encoding_is_detected() throws IOException {
    Path f = dir.resolve("ru.txt");
    String ru = "Министерство иностранных дел России вызвало посла Азербайджана. "
        + "Москва выразила протест в связи с задержанием граждан России в Баку.";
    Files.write(f, ru.getBytes("windows-1251"));
    IngestResult r = read(f).get(0);
    assertThat(r.succeeded()).isTrue();
    assertThat(r.article().text()).isEqualTo(ru);
  }

  @Test
  void fuzzed_inputs_never_throw() {
    TextFileReader text = new TextFileReader();
    JsonLinesReader json = new JsonLinesReader();
    TextDecoder decoder = new TextDecoder();
    long seed = System.nanoTime();
    Random rnd = new Random(seed);
    String alphabet = "Title:Published: \n\t{}\"[]:,é«»\u0000\uFEFF0123abc-";
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(80);
      for (int j = 0; j < len; j++) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      IngestResult a = text.parse("fuzz", s);
      IngestResult b = json.parse("fuzz:1", s);
      assertThat(a.succeeded() || a.error() != null).as("seed %d", seed).isTrue();
      assertThat(b.succeeded() || b.error() != null).as("seed %d", seed).isTrue();
      byte[] raw = new byte[rnd.nextInt(64)];
      rnd.nextBytes(raw);
      try {
        decoder.decode(raw);
      } catch (TextDecoder.NotTextException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }
}
