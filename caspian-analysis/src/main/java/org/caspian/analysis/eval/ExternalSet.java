package org.caspian.analysis.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the peer projects' event-coding sets that live outside the repository, in the shared
 * JSON Lines form ({@code {"id","text","date","expected":[{"source","target","code",
 * "plover_v2"}],"meta":{"split"}}}): the PLOVER gold-standard records and the ConfliBERT CAMEO
 * sentence classes. They are read from disk when present and never bundled, because several hold
 * newswire text that may not be redistributed.
 *
 * <p>A malformed line fails the read with the file and line number: a silently shortened set would
 * report wrong figures.
 */
public final class ExternalSet {
  /** File name of the PLOVER gold-standard records. */
  public static final String PLOVER = "plover_gsr_cameo.jsonl";

  /** File name of the ConfliBERT CAMEO quad-class sentences. */
  public static final String CONFLIBERT = "conflibert_cameo_class.jsonl";

  /** A placeholder date some sets give to every record. */
  private static final LocalDate PLACEHOLDER = LocalDate.of(2000, 1, 1);

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExternalSet() {}

  /**
   * Finds the folder of shared event data: {@code dir} when given, else the first
   * {@code shared/data/events} found walking up from the working directory.
   */
  public static Optional<Path> locate(Path dir) {
    if (dir != null) {
      return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("data").resolve("events");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Reads every record of {@code file}. */
  public static List<ExternalRecord> read(Path file) {
    List<ExternalRecord> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (!line.isBlank()) {
          out.add(parse(line, file, n));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static ExternalRecord parse(String line, Path file, int n) {
    JsonNode rec;
    try {
      rec = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ":" + n + ": not JSON: "
          + e.getOriginalMessage());
    }
    String id = rec.path("id").asText("");
    if (id.isEmpty() || !rec.path("text").isTextual()) {
      throw new IllegalArgumentException(file + ":" + n + ": record needs an id and a text");
    }
    List<ExternalRecord.Expected> expected = new ArrayList<>();
    for (JsonNode e : rec.path("expected")) {
      String category = e.path("plover_v2").asText(e.path("code").asText(""));
      expected.add(new ExternalRecord.Expected(e.path("source").asText(""),
          e.path("target").asText(""), category));
    }
    return new ExternalRecord(id, rec.path("text").asText(), date(rec.path("date").asText(""),
        file, n), expected, rec.path("meta").path("split").asText(""));
  }

  private static LocalDate date(String s, Path file, int n) {
    if (s.isEmpty()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(s);
      return d.equals(PLACEHOLDER) ? null : d;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(file + ":" + n + ": field date: not yyyy-mm-dd: " + s);
    }
  }
}
