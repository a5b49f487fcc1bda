package org.caspian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingsAndLimitsTest {
  private static final String RU = "Министерство иностранных дел России вызвало посла "
      + "Азербайджана. Москва выразила протест в связи с задержанием граждан России в Баку, "
      + "а посол заявил, что переговоры продолжатся на следующей неделе.";
  private static final String EN = "Azerbaijan's foreign ministry summoned the Russian "
      + "ambassador on Monday over the raid in Yekaterinburg.";

  @TempDir Path dir;

  private List<IngestResult> read(long limit, Path... paths) {
    List<IngestResult> out = new ArrayList<>();
    new FileIngestor(limit).read(List.of(paths), out::add);
    return out;
  }

  private static byte[] withBom(Charset cs, String s) {
    byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
        : new byte[] {(byte) 0xFE, (byte) 0xFF};
    byte[] body = s.getBytes(cs);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16_text_with_and_without_bom_is_read(String name) throws IOException {
    Charset cs = Charset.forName(name);
    for (String text : List.of(EN, RU)) {
      Path bare = Files.write(dir.resolve("bare.txt"), text.getBytes(cs));
      Path bom = Files.write(dir.resolve("bom.txt"), withBom(cs, text));
      List<IngestResult> rs = read(1 << 20, bare, bom);
      assertThat(rs).allSatisfy(r -> {
        assertThat(r.succeeded()).as(r.message()).isTrue();
        assertThat(r.article().text()).isEqualTo(text);
      });
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16_json_lines_are_read(String name) throws IOException {
    Charset cs = Charset.forName(name);
    String lines = "{\"id\":\"a\",\"text\":\"" + RU + "\"}\n{\"id\":\"b\",\"text\":\"" + EN
        + "\"}\n";
    Path bare = Files.write(dir.resolve("bare.jsonl"), lines.getBytes(cs));
    Path bom = Files.write(dir.resolve("bom.jsonl"), withBom(cs, lines));
    List<IngestResult> rs = read(1 << 20, bare, bom);
    assertThat(rs).hasSize(4).allSatisfy(r -> assertThat(r.succeeded()).as(r.message()).isTrue());
    assertThat(rs).extracting(r -> r.article().text()).containsExactly(RU, EN, RU, EN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1251", "KOI8-R"})
  void legacy_cyrillic_is_decoded_in_text_and_json_lines(String name) throws IOException {
    Charset cs = Charset.forName(name);
    Path txt = Files.write(dir.resolve("ru.txt"), ("Title: Посол вызван\n\n" + RU).getBytes(cs));
    String second = RU.replace("Баку", "Ереване");
    Path jsonl = Files.write(dir.resolve("ru.jsonl"), ("{\"title\":\"Посол\",\"text\":\"" + RU
        + "\"}\n{\"text\":\"" + second + "\"}\n").getBytes(cs));
    List<IngestResult> rs = read(1 << 20, txt, jsonl);
    assertThat(rs).hasSize(3).allSatisfy(r -> assertThat(r.succeeded()).as(r.message()).isTrue());
    assertThat(rs.get(0).article().title()).isEqualTo("Посол вызван");
    assertThat(rs).extracting(r -> r.article().text()).containsExactly(RU, RU, second);
    assertThat(rs.get(1).article().title()).isEqualTo("Посол");
  }

  @Test
  void an_oversized_record_is_refused_while_streaming_and_the_next_lines_are_read()
      throws IOException {
    Path f = dir.resolve("big.jsonl");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write(("{\"text\":\"" + EN + "\"}\n").getBytes(StandardCharsets.UTF_8));
      out.write("{\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "word ".repeat(2000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 200; i++) {
        out.write(chunk); // 2 MB in one line, against a limit of 64 KiB
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write(("{\"text\":\"" + RU + "\"}\r\n").getBytes(StandardCharsets.UTF_8));
    }
    List<IngestResult> rs = read(64 << 10, f);
    assertThat(rs).hasSize(3);
    assertThat(rs.get(0).succeeded()).isTrue();
    assertThat(rs.get(1).message()).contains("big.jsonl:2").contains("record too large")
        .doesNotContain("\n");
    assertThat(rs.get(2).article().text()).isEqualTo(RU);
  }

  @Test
  void readme_and_index_files_in_a_folder_are_not_articles_but_named_files_are() throws IOException {
    Files.writeString(dir.resolve("README.md"), "# Sample corpus\n\nAbout these files.");
    Files.writeString(dir.resolve("index.txt"), "a.txt\n");
    Files.writeString(dir.resolve(".hidden.txt"), "Hidden notes.");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/x.txt"), "Git internals.");
    Files.writeString(dir.resolve("a.txt"), EN);
    Files.writeString(dir.resolve("readme-not.txt"), RU);
    assertThat(read(1 << 20, dir)).extracting(r -> r.article().text()).containsExactly(EN, RU);
    assertThat(read(1 << 20, dir.resolve("README.md"))).singleElement()
        .satisfies(r -> assertThat(r.succeeded()).isTrue());
  }

  @Test
  void an_unreadable_subfolder_skips_only_itself() throws IOException {
    Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
    Path locked = Files.createDirectories(dir.resolve("b-locked"));
    Files.writeString(locked.resolve("x.txt"), RU);
    Files.writeString(dir.resolve("a.txt"), EN);
    Files.createDirectories(dir.resolve("c"));
    Files.writeString(dir.resolve("c/z.txt"), RU + " Ещё.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeFalse(Files.isReadable(locked), "running as root");
      List<IngestResult> rs = read(1 << 20, dir);
      assertThat(rs).hasSize(3);
      assertThat(rs.get(0).message()).contains("b-locked").contains("permission denied");
      assertThat(rs.subList(1, 3)).allSatisfy(r -> assertThat(r.succeeded()).isTrue());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1251", "KOI8-R"})
  void many_short_legacy_records_are_decoded_in_the_encoding_of_the_whole_file(String name)
      throws IOException {
    Charset cs = Charset.forName(name);
    List<String> texts = List.of("Посол вызван в МИД.", "Москва выразила протест.",
        "Баку ответил на ноту.", "Переговоры продолжатся.", "Граждане задержаны в Екатеринбурге.",
        "Заявление опубликовано вечером.", "Делегация не поедет в Москву.",
        "Министр прокомментировал ситуацию.", "Встреча перенесена на осень.",
        "Посольство усилило охрану.");
    StringBuilder sb = new StringBuilder();
    for (String t : texts) {
      sb.append("{\"text\":\"").append(t).append("\"}\n");
    }
    Path f = Files.write(dir.resolve("short.jsonl"), sb.toString().getBytes(cs));
    List<IngestResult> rs = read(1 << 20, f);
    assertThat(rs).allSatisfy(r -> assertThat(r.succeeded()).as(r.message()).isTrue());
    assertThat(rs).extracting(r -> r.article().text()).containsExactlyElementsOf(texts);
  }
}
