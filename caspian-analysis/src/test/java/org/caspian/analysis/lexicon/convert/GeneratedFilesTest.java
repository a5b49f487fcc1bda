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
 * The committed generated lexicon is what the converter makes of the PETRARCH-2 verb and Phoenix
 * actor dictionaries today
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
    // The hand-made inputs of the actor conversion.
    Files.createDirectories(out.resolve(ConvertDictionaries.ACTORS));
    for (String input : new String[] {"countries.tsv", "agents_phoenix_exclude.tsv"}) {
      Files.copy(RESOURCES.resolve(ConvertDictionaries.ACTORS + input),
          out.resolve(ConvertDictionaries.ACTORS + input));
    }
    ConvertDictionaries.convert(dictionaries, out);
    for (String name : new String[] {ConvertDictionaries.EVENTS + ConvertDictionaries.VERBS,
        ConvertDictionaries.LEXICON + ConvertDictionaries.INFLECTIONS,
        ConvertDictionaries.ACTORS + "people_phoenix.tsv",
        ConvertDictionaries.ACTORS + "igos_phoenix.tsv",
        ConvertDictionaries.ACTORS + "groups_phoenix.tsv",
        ConvertDictionaries.ACTORS + "agents_phoenix.tsv"}) {
      Path fresh = out.resolve(name);
      Path committed = RESOURCES.resolve(name);
      assertThat(Files.readString(committed)).as(name).isEqualTo(Files.readString(fresh));
    }
    assertThat(Files.readString(out.resolve(ConvertDictionaries.ACTORS + "agents_phoenix.tsv")))
        .contains("|soldiers|").doesNotContain("|villages|");
    assertThat(Files.readAllLines(out.resolve(ConvertDictionaries.EVENTS
        + ConvertDictionaries.VERBS))).hasSizeGreaterThan(4000);
  }
}
