package org.caspian.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.caspian.ingest.source.SourceFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads articles from files and folders. Folders are walked recursively in path order; there, only
 * article files are read ({@code .txt, .text, .md} as plain text, {@code .jsonl, .ndjson} as JSON
 * Lines, without README, index and other collection files: {@link ArticleFileNames} has the rule).
 * A file named explicitly is read whatever its name (JSON Lines when it ends in {@code .jsonl} or
 * {@code .ndjson}, plain text otherwise). Feeds, web pages, WARC files and Telegram exports go to
 * {@link SourceFiles}, in folders and when named.
 *
 * <p>Each article or failure goes to the sink as an {@link IngestResult}; nothing is thrown for
 * bad input, and an unreadable subfolder skips only itself. A text file or JSON Lines record larger
 * than the byte limit is refused without being held in memory.
 */
public final class FileIngestor {
  private static final Logger LOG = LoggerFactory.getLogger(FileIngestor.class);

  /** Default limit on one plain-text article file or one JSON Lines record: 16 MiB. */
  public static final long DEFAULT_MAX_BYTES = 16L << 20;

  private final long maxBytes;
  private final TextDecoder decoder = new TextDecoder();
  private final TextFileReader text = new TextFileReader();
  private final JsonLinesFile jsonl;
  private final FolderWalker walker = new FolderWalker();
  private final SourceFiles sources;

  public FileIngestor(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.jsonl = new JsonLinesFile(maxBytes, decoder);
    this.sources = new SourceFiles(maxBytes);
  }

  public FileIngestor() {
    this(DEFAULT_MAX_BYTES);
  }

  /** Reads every path in order. */
  public void read(List<Path> paths, Consumer<IngestResult> sink) {
    for (Path f : files(paths, sink)) {
      readFile(f, sink, () -> false);
    }
  }

  /** Reads one file or folder. */
  public void read(Path path, Consumer<IngestResult> sink) {
    read(List.of(path), sink);
  }

  /**
   * The files {@code paths} stand for, in reading order: each folder's article files and each file
   * named. Folders or subfolders that cannot be listed are reported to {@code sink}.
   */
  public List<Path> files(List<Path> paths, Consumer<IngestResult> sink) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> found = walker.articleFiles(p, sink);
        LOG.info("{}: {} article files", p, found.size());
        files.addAll(found);
      } else {
        files.add(p);
      }
    }
    return files;
  }

  /** True when {@code file} is read as JSON Lines (one article per line). */
  public static boolean isJsonLines(Path file) {
    return ArticleFileNames.isJsonLines(file);
  }

  /**
   * Reads one file into {@code sink}: one result for a text file, one per non-blank line for JSON
   * Lines. Stops between records once {@code stop} answers true.
   */
  public void readFile(Path file, Consumer<IngestResult> sink, BooleanSupplier stop) {
    String origin = file.toString();
    try {
      if (!Files.exists(file)) {
        sink.accept(IngestResult.failed(origin, "no such file"));
      } else if (!Files.isRegularFile(file)) {
        sink.accept(IngestResult.failed(origin, "not a regular file"));
      } else if (isJsonLines(file)) {
        jsonl.read(file, sink, stop);
      } else if (sources.handlesNamed(file)) {
        sources.read(file, sink, stop);
      } else {
        readText(file, sink);
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(IngestResult.failed(origin, "cannot read: " + FolderWalker.reason(e)));
    } catch (OutOfMemoryError e) {
      sink.accept(IngestResult.failed(origin, "out of memory while reading this file (give Java "
          + "more heap, e.g. CASPIAN_JAVA_OPTS=-Xmx4g, or lower --max-bytes)"));
    }
  }

  private void readText(Path file, Consumer<IngestResult> sink) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes) {
      sink.accept(IngestResult.failed(file.toString(), String.format(Locale.ROOT,
          "file too large: %,d bytes (limit %,d; raise it with --max-bytes)", size, maxBytes)));
      return;
    }
    byte[] bytes = Files.readAllBytes(file);
    try {
      sink.accept(text.parse(file.toString(), decoder.decode(bytes)));
    } catch (TextDecoder.NotTextException e) {
      sink.accept(IngestResult.failed(file.toString(), e.getMessage()));
    }
  }
}
