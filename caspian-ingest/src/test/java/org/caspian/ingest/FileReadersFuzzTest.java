package org.caspian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation fuzzing of the file readers: well-formed fixtures (text with a header block,
 * JSON Lines, UTF-16, legacy Cyrillic) are mutated (bytes flipped, inserted, deleted, duplicated,
 * cut; line ends, NULs, quotes and byte-order marks spliced in) and read through {@link
 * FileIngestor}. Nothing may escape but results; each failure is one line naming the file.
 * {@code -Dcaspian.fuzz.inputs=N} and {@code -Dcaspian.fuzz.seed=S} widen or vary the run.
 */
class FileReadersFuzzTest {
  private static final int INPUTS = Integer.getInteger("caspian.fuzz.inputs", 600);
  private static final long SEED = Long.getLong("caspian.fuzz.seed", 20261203L);
  private static final byte[][] SPLICES = {
    {'\n'}, {'\r', '\n'}, {0}, {'"'}, {'{'}, {'}'}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xD0},
    "Title: ".getBytes(StandardCharsets.US_ASCII), "Published: 2025-13-45\n".getBytes(
        StandardCharsets.US_ASCII), "\\u0000".getBytes(StandardCharsets.US_ASCII),
  };

  @TempDir Path dir;

  private static List<byte[]> fixtures(boolean jsonl) {
    String en = "Azerbaijan's foreign ministry summoned the Russian ambassador on Monday.";
    String ru = "Министерство иностранных дел России вызвало посла Азербайджана в Москве.";
    List<byte[]> out = new ArrayList<>();
    for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
        StandardCharsets.UTF_16BE, Charset.forName("windows-1251"), Charset.forName("KOI8-R"))) {
      String s = jsonl
          ? "{\"id\":\"1\",\"title\":\"T\",\"text\":\"" + ru + "\",\"published\":\"2025-06-30\"}\n"
              + "{\"text\":\"" + en + "\",\"url\":\"https://example.org/a\"}\n"
          : "Title: Посол вызван\nSource: TASS\nPublished: 2025-06-30\n\n" + ru + "\n\n" + en;
      out.add(s.getBytes(cs));
    }
    return out;
  }

  private static byte[] mutate(byte[] in, Random rnd) {
    byte[] b = in;
    int rounds = 1 + rnd.nextInt(6);
    for (int i = 0; i < rounds; i++) {
      int at = b.length == 0 ? 0 : rnd.nextInt(b.length);
      switch (rnd.nextInt(6)) {
        case 0 -> {
          if (b.length > 0) {
            b = b.clone();
            b[at] ^= (byte) (1 << rnd.nextInt(8));
          }
        }
        case 1 -> b = splice(b, at, SPLICES[rnd.nextInt(SPLICES.length)]);
        case 2 -> {
          int len = Math.min(b.length - at, rnd.nextInt(16));
          byte[] cut = new byte[b.length - len];
          System.arraycopy(b, 0, cut, 0, at);
          System.arraycopy(b, at + len, cut, at, b.length - at - len);
          b = cut;
        }
        case 3 -> b = splice(b, at, Arrays.copyOfRange(b, at, Math.min(b.length,
            at + rnd.nextInt(64))));
        case 4 -> b = Arrays.copyOf(b, at);
        default -> {
          byte[] noise = new byte[rnd.nextInt(8)];
          rnd.nextBytes(noise);
          b = splice(b, at, noise);
        }
      }
    }
    return b;
  }

  private static byte[] splice(byte[] b, int at, byte[] piece) {
    byte[] out = new byte[b.length + piece.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(piece, 0, out, at, piece.length);
    System.arraycopy(b, at, out, at + piece.length, b.length - at);
    return out;
  }

  @Test
  void mutated_files_give_results_or_one_line_errors_naming_the_file() throws IOException {
    Random rnd = new Random(SEED);
    FileIngestor ingestor = new FileIngestor(4096);
    List<byte[]> text = fixtures(false);
    List<byte[]> jsonl = fixtures(true);
    int failures = 0;
    int articles = 0;
    for (int i = 0; i < INPUTS; i++) {
      boolean asJsonl = rnd.nextBoolean();
      List<byte[]> pool = asJsonl ? jsonl : text;
      byte[] input = mutate(pool.get(rnd.nextInt(pool.size())), rnd);
      Path f = Files.write(dir.resolve("fuzz-" + i + (asJsonl ? ".jsonl" : ".txt")), input);
      List<IngestResult> results = new ArrayList<>();
      String name = f.getFileName().toString();
      ingestor.read(f, results::add);
      if (!asJsonl) {
        assertThat(results).as("seed %d input %d", SEED, i).hasSize(1);
      }
      for (IngestResult r : results) {
        assertThat(r.origin()).as("seed %d input %d", SEED, i).contains(name);
        if (r.succeeded()) {
          articles++;
          assertThat(r.article().text()).isNotBlank();
        } else {
          failures++;
          assertThat(r.message()).as("seed %d input %d", SEED, i).doesNotContain("\n")
              .doesNotContain("\r").startsWith(f.toString());
          assertThat(r.error()).isNotBlank();
        }
      }
      Files.delete(f);
    }
    // The mutator must exercise both outcomes, or it tests nothing.
    assertThat(articles).isPositive();
    assertThat(failures).isPositive();
  }
}
