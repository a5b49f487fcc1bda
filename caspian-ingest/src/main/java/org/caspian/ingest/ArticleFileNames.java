package org.caspian.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.caspian.ingest.source.SourceFiles;

/**
 * Which files in a folder are read as articles. By extension: {@code .txt, .text, .md} are plain
 * text, {@code .jsonl, .ndjson} are JSON Lines, and feeds, web pages, WARC files and Telegram
 * exports as {@link SourceFiles#readInFolder} says; anything else is left alone. Among those, files
 * that describe a collection rather than report news are skipped: hidden files (a name starting
 * with a dot) and files whose name before the first dot is {@code readme, license, licence,
 * copying, changelog, index} or {@code contents}, in any case. A file named explicitly on the
 * command line is always read.
 */
final class ArticleFileNames {
  private static final Set<String> NOT_ARTICLES =
      Set.of("readme", "license", "licence", "copying", "changelog", "index", "contents");

  /** True when a file met while walking a folder is read as an article file. */
  boolean readInFolder(Path file) {
    String n = lowerName(file);
    if (n.startsWith(".")) {
      return false;
    }
    boolean known = n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md")
        || isJsonLines(file) || SourceFiles.readInFolder(file);
    int dot = n.indexOf('.');
    return known && !NOT_ARTICLES.contains(dot < 0 ? n : n.substring(0, dot));
  }

  /** True when the folder is walked into: hidden folders ({@code .git}) are not. */
  boolean walkInto(Path folder) {
    return !lowerName(folder).startsWith(".");
  }

  /** True for {@code .jsonl} and {@code .ndjson} files, read as JSON Lines. */
  static boolean isJsonLines(Path file) {
    String n = lowerName(file);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  private static String lowerName(Path p) {
    Path name = p.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }
}
