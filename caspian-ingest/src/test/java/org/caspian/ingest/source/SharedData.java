package org.caspian.ingest.source;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the team's shared reference data ({@code shared/data}) above the working directory. */
final class SharedData {
  private SharedData() {}

  /** The file under {@code shared/data/feeds}, or a skipped test when the data is not here. */
  static Path feed(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("data").resolve("feeds").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    assumeTrue(false, "shared/data/feeds/" + relative + " not found above the working directory");
    return null;
  }
}
