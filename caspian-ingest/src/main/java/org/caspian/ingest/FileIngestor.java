package org.caspian.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caspian.ingest.source.SourceFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads articles from files and folders. Folders are walked recursively in name order; there,
 * only {@code .txt, .text, .md} (plain text) and {@code .jsonl, .ndjson} (JSON Lines) files are
 * read. A file named explicitly is read whatever its extension (JSON Lines when it ends in {@code
 * .jsonl} or {@code .ndjson}, plain text otherwise). Feeds, web pages, WARC files and Telegram
 * exports go to {@link SourceFiles}, in folders and when named.
 *
 * <p>Each article or failure goes to the sink as an {@link IngestResult}; nothing is thrown for
 * bad input. A text file larger than the byte limit is refused without being read.
 */
public final class FileIngestor {
  private static final Logger LOG = LoggerFactory.getLogger(FileIngestor.class);

  /** Default limit on one plain-text article file: 16 MiB. */
  public static final long DEFAULT_MAX_BYTES = 16L << 20;

  private final long maxBytes;
  private final TextDecoder decoder = new TextDecoder();
  private final TextFileReader text = new TextFileReader();
  private final JsonLinesReader jsonl = new JsonLinesReader();
  private final SourceFiles sources;

  public FileIngestor(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.sources = new SourceFiles(maxBytes);
  }

  public FileIngestor() {
    this(DEFAULT_MAX_BYTES);
  }

  /** Reads every path in order. */
  public void read(List<Path> paths, Consumer<IngestResult> sink) {
    for (Path p : paths) {
      read(p, sink);
    }
  }

  /** Reads one file or folder. */
  public void read(Path path, Consumer<IngestResult> sink) {
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(Files::isRegularFile).filter(FileIngestor::known).sorted()
            .collect(Collectors.toList());
      } catch (IOException | java.io.UncheckedIOException e) {
        sink.accept(IngestResult.failed(path.toString(), "cannot list folder: " + reason(e)));
        return;
      }
      LOG.info("{}: {} files", path, files.size());
      files.forEach(f -> readFile(f, sink));
    } else {
      readFile(path, sink);
    }
  }

  private static boolean known(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md") || isJsonl(p)
        || SourceFiles.readInFolder(p);
  }

  private static boolean isJsonl(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  private void readFile(Path file, Consumer<IngestResult> sink) {
    String origin = file.toString();
    try {
      if (!Files.exists(file)) {
        sink.accept(IngestResult.failed(origin, "no such file"));
      } else if (!Files.isRegularFile(file)) {
        sink.accept(IngestResult.failed(origin, "not a regular file"));
      } else if (isJsonl(file)) {
        readJsonLines(file, sink);
      } else if (sources.handlesNamed(file)) {
        sources.read(file, sink);
      } else {
        readText(file, sink);
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(IngestResult.failed(origin, "cannot read: " + reason(e)));
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

  private void readJsonLines(Path file, Consumer<IngestResult> sink) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        BufferedReader r = new BufferedReader(new InputStreamReader(in,
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)))) {
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String origin = file + ":" + lineNo;
        if (line.length() > maxBytes) {
          sink.accept(IngestResult.failed(origin, "record too large"));
        } else {
          sink.accept(jsonl.parse(origin, line));
        }
      }
    }
  }

  private static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.replace('\n', ' ');
  }
}
