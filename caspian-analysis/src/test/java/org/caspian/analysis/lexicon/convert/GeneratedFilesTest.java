package org.caspian.analysis.lexicon.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.caspian.analysis.eval.ExternalSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed generated lexicon is what the converter makes of the PETRARCH-2 dictionary today
 * (skipped when the shared data folder is absent): nobody edited it by hand, and a converter
 * change was followed by a regeneration.
 */
class GeneratedFilesTest {
  private static final Path RESOURCES = Path.of("src/main/resources");

  @Test
  void committedFilesMatchAFreshConversion(@TempDir Path out) throws IOException {
    Optional<Path> events = ExternalSet.locate(null);
    assumeTrue(events.isPresent(), "shared/data/events absent");
    Path dictionaries = events.get().resolve("petrarch2_dictionaries");
    assumeTrue(Files.isDirectory(dictionaries), "PETRARCH-2 dictionaries absent");
    ConvertDictionaries.convert(dictionaries, out);
    for (String name : new String[] {ConvertDictionaries.VERBS, ConvertDictionaries.INFLECTIONS}) {
      Path fresh = out.resolve(ConvertDictionaries.EVENTS + name);
      Path committed = RESOURCES.resolve(ConvertDictionaries.EVENTS + name);
      assertThat(Files.readString(committed)).as(name).isEqualTo(Files.readString(fresh));
    }
    assertThat(Files.readAllLines(out.resolve(ConvertDictionaries.EVENTS
        + ConvertDictionaries.VERBS))).hasSizeGreaterThan(4000);
  }
}
