package org.caspian.cli;

import java.nio.file.Path;

/**
 * Where the analyst's state lives (ACH matrices, alerts): {@code --workspace DIR}, by default the
 * index folder's name plus {@code .workspace}, beside it.
 */
final class Workspace {
  private Workspace() {}

  /** The workspace folder for {@code index}, or {@code override} when given. */
  static Path dir(Path index, Path override) {
    if (override != null) {
      return override;
    }
    Path abs = index.toAbsolutePath().normalize();
    Path name = abs.getFileName();
    return abs.resolveSibling((name == null ? "index" : name.toString()) + ".workspace");
  }
}
