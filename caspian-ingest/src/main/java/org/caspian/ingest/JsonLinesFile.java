package org.caspian.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Streams a JSON Lines file record by record. The file may be UTF-16 (recognised from its start),
 * UTF-8, or a one-byte legacy encoding: a line that is not valid UTF-8 is decoded in the encoding
 * ICU detects in the first 64 KiB of the file (many short records together are far easier to tell
 * apart than one), or else in the first such line; that encoding is kept for the whole file. A record longer than the limit is skipped as it
 * streams by and reported, never held in memory.
 */
final class JsonLinesFile {
  private static final int HEAD = 64 << 10;

  private final long maxRecordBytes;
  private final TextDecoder decoder;
  private final JsonLinesReader parser = new JsonLinesReader();

  JsonLinesFile(long maxRecordBytes, TextDecoder decoder) {
    this.maxRecordBytes = maxRecordBytes;
    this.decoder = decoder;
  }

  /** Sends one result per non-blank line to {@code sink} until the end or until {@code stop}. */
  void read(Path file, Consumer<IngestResult> sink, BooleanSupplier stop) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 65536)) {
      raw.mark(HEAD);
      byte[] head = raw.readNBytes(HEAD);
      raw.reset();
      Charset wide = decoder.utf16(head, head.length);
      InputStream in = raw;
      if (wide != null) {
        raw.skipNBytes(Utf16Sniffer.bomLength(head, head.length));
        in = new Utf8Transcoder(new InputStreamReader(raw, wide));
      }
      LineSplitter lines = new LineSplitter(in, maxRecordBytes);
      Charset legacy = null;
      for (LineSplitter.Line line = lines.next(); line != null && !stop.getAsBoolean();
          line = lines.next()) {
        String origin = file + ":" + line.number();
        if (line.tooLong()) {
          sink.accept(IngestResult.failed(origin, String.format(Locale.ROOT,
              "record too large: more than %,d bytes (raise the limit with --max-bytes)",
              maxRecordBytes)));
          continue;
        }
        String text = TextDecoder.strictUtf8(line.bytes());
        if (text == null) {
          try {
            if (legacy == null) {
              legacy = legacyCharset(head, line.bytes());
            }
            text = new String(line.bytes(), legacy);
          } catch (TextDecoder.NotTextException e) {
            sink.accept(IngestResult.failed(origin, e.getMessage()));
            continue;
          }
        }
        if (line.number() == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (!text.isBlank()) {
          sink.accept(parser.parse(origin, text));
        }
      }
    }
  }

  /** The legacy encoding of a file whose start is {@code head}, or of {@code line} alone. */
  private Charset legacyCharset(byte[] head, byte[] line) throws TextDecoder.NotTextException {
    if (TextDecoder.strictUtf8(head) == null) {
      try {
        Charset cs = decoder.detect(head);
        if (!cs.equals(StandardCharsets.UTF_8)) {
          return cs;
        }
      } catch (TextDecoder.NotTextException e) {
        // the start alone says nothing: try the line
      }
    }
    return decoder.detect(line);
  }
}
