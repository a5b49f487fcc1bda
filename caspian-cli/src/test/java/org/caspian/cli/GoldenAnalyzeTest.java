package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: sample files through {@code caspian analyze} compared with reviewed expected JSON in
 * {@code src/test/resources/golden/}. After a deliberate change in analysis, regenerate with
 * {@code mvn -pl caspian-cli test -Dtest=GoldenAnalyzeTest -Dgolden.update=true}, then read the
 * diff before committing it.
 */
class GoldenAnalyzeTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private final ObjectMapper mapper = new ObjectMapper();

  @TempDir Path dir;

  static Stream<String> samples() {
    return Stream.of(
        "2025-06-30-apa-sputnik-office-raided.txt",
        "2024-12-28-ria-novosti-putin-apologises-aliyev.txt",
        "2023-09-19-azatutyun-azerbaijan-military-operation.txt",
        "2025-07-01-kommersant-posol-vyzvan-sputnik.txt");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void analyze_output_matches_the_reviewed_golden_file(String sample) throws IOException {
    Path input = dir.resolve(sample);
    try (InputStream in = getClass().getResourceAsStream("/org/caspian/sample/" + sample)) {
      assertThat(in).as(sample).isNotNull();
      Files.write(input, in.readAllBytes());
    }
    CliRun run = CliRun.run("analyze", input.toString());
    assertThat(run.exit).as(run.err).isZero();
    JsonNode actual = mapper.readTree(run.out);
    Path expectedFile = GOLDEN.resolve(sample.replace(".txt", ".json"));
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(expectedFile,
          mapper.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n",
          StandardCharsets.UTF_8);
    }
    JsonNode expected = mapper.readTree(Files.readString(expectedFile, StandardCharsets.UTF_8));
    for (String field : List.of("id", "title", "language", "published", "actors", "events",
        "quotes", "framing", "tone")) {
      assertThat(actual.get(field)).as(sample + " field " + field).isEqualTo(expected.get(field));
    }
    assertThat(actual).as(sample + " whole document").isEqualTo(expected);
  }
}
