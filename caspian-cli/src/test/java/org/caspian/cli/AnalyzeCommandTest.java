package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  @TempDir Path dir;
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void prints_one_json_object_per_article_with_the_contract_fields() throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Title: Moscow and Baku\nSource: Caspian Wire\nPublished: 2025-07-01\n\n"
        + "The Kremlin said on Monday that relations with Baku remained strong. "
        + "Azerbaijan did not comment.\n");
    CliRun r = CliRun.run("analyze", f.toString());
    assertThat(r.exit).as(r.err).isZero();
    List<String> lines = r.out.lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode o = mapper.readTree(lines.get(0));
    for (String field : List.of("id", "title", "language", "published", "actors", "events",
        "quotes", "framing", "tone")) {
      assertThat(o.has(field)).as(field).isTrue();
    }
    assertThat(o.get("title").asText()).isEqualTo("Moscow and Baku");
    assertThat(o.get("published").asText()).isEqualTo("2025-07-01");
    assertThat(o.get("language").asText()).isEqualTo("en");
  }

  @Test
  void an_actor_whose_country_is_inferred_carries_inferred_true_and_no_other_does()
      throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Source: TASS\nPublished: 2025-07-01\n\n"
        + "The Foreign Ministry said on Monday that Armenia had been warned. "
        + "The Russian Foreign Ministry did not comment further.\n");
    CliRun r = CliRun.run("analyze", f.toString());
    assertThat(r.exit).as(r.err).isZero();
    JsonNode actors = mapper.readTree(r.out.lines().toList().get(0)).get("actors");
    assertThat(actors.findValuesAsText("text")).containsExactly("Foreign Ministry", "Armenia",
        "Russian Foreign Ministry");
    JsonNode inferred = actors.get(0);
    assertThat(inferred.get("code").asText()).isEqualTo("RUSGOV");
    assertThat(inferred.path("inferred").isBoolean()).as(inferred.toString()).isTrue();
    assertThat(inferred.path("inferred").asBoolean()).isTrue();
    assertThat(actors.get(1).has("inferred")).isFalse();
    assertThat(actors.get(2).has("inferred")).isFalse();
  }

  @Test
  void bad_files_get_one_line_errors_the_rest_is_analysed_and_exit_is_1() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path junk = Files.write(dir.resolve("junk.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0});
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
      raf.setLength(50L << 20);
    }
    Path good = Files.writeString(dir.resolve("good.txt"), "Yerevan welcomed the agreement.");
    CliRun r = CliRun.run("analyze", empty.toString(), junk.toString(), big.toString(),
        dir.resolve("nope.txt").toString(), good.toString());
    assertThat(r.exit).isEqualTo(1);
    assertThat(r.out.lines().count()).isEqualTo(1);
    List<String> errors = r.err.lines().toList();
    assertThat(errors).hasSize(4);
    assertThat(errors.get(0)).contains("empty.txt").contains("empty file");
    assertThat(errors.get(1)).contains("junk.bin").contains("binary");
    assertThat(errors.get(2)).contains("big.txt").contains("too large");
    assertThat(errors.get(3)).contains("nope.txt").contains("no such file");
  }

  @Test
  void dash_reads_one_article_from_standard_input() throws IOException {
    java.io.InputStream saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(("Published: 2025-08-08\n\nPresident Ilham "
          + "Aliyev and Prime Minister Nikol Pashinyan signed a joint declaration in Washington on "
          + "Friday.").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      CliRun r = CliRun.run("analyze", "-");
      assertThat(r.exit).as(r.err).isZero();
      JsonNode o = mapper.readTree(r.out);
      assertThat(o.get("published").asText()).isEqualTo("2025-08-08");
      assertThat(o.get("events").findValuesAsText("cameo")).contains("057");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void usage_errors_exit_2_and_help_exits_0() {
    assertThat(CliRun.run("analyze").exit).isEqualTo(2);
    assertThat(CliRun.run("no-such-command").exit).isEqualTo(2);
    CliRun help = CliRun.run("analyze", "--help");
    assertThat(help.exit).isZero();
    assertThat(help.out).contains("Usage: caspian analyze");
  }
}
