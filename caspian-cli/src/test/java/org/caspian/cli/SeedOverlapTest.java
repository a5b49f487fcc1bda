package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The project's texts must be our own: no run of {@value #N} words from the seed articles in
 * {@code ../shared/seeds} may appear in any source, data or resource file of the repository,
 * except a few stock phrases of news language listed here. Skipped when the seeds are absent.
 */
class SeedOverlapTest {
  private static final int N = 7;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> STOCK_PHRASES = Set.of(
      "the command of the russian peacekeeping contingent");

  @Test
  void no_seven_word_run_of_a_seed_article_is_in_the_repository() throws IOException {
    Path repo = Path.of("..").toAbsolutePath().normalize();
    Path seeds = repo.resolveSibling("shared").resolve("seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "no seed articles at " + seeds);
    Set<String> seedGrams = new HashSet<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        seedGrams.addAll(grams(read(f)));
      }
    }
    seedGrams.removeAll(STOCK_PHRASES);
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(repo)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!Files.isRegularFile(f) || !ours(repo.relativize(f).toString())) {
          continue;
        }
        for (String g : grams(read(f))) {
          if (seedGrams.contains(g)) {
            found.add(repo.relativize(f) + ": " + g);
          }
        }
      }
    }
    assertThat(found).as("text copied from the seed articles").isEmpty();
  }

  private static boolean ours(String rel) {
    if (rel.startsWith(".git") || rel.contains("/target/") || rel.startsWith("target/")) {
      return false;
    }
    return rel.matches(".*\\.(java|txt|tsv|jsonl|md|js|css|html)");
  }

  private static String read(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
  }

  private static Set<String> grams(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i + N <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + N)));
    }
    return out;
  }
}
