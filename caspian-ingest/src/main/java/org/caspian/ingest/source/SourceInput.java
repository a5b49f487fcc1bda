package org.caspian.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One input to read: where it came from, the address relative links resolve against, when it was
 * fetched (the fallback date of items that carry none), and how to open its bytes.
 *
 * @param origin names the input in messages: a file path or URL
 * @param location the address of the document, or {@code null} when it has none (a local file)
 * @param fetchedAt when the bytes were fetched or, for a file, last modified
 * @param opener opens the bytes; may be called more than once
 */
public record SourceInput(String origin, URI location, Instant fetchedAt, Opener opener) {

  /** Opens the input's bytes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public SourceInput {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(opener, "opener");
  }

  /** A local file; its modification time stands for the fetch time. */
  public static SourceInput ofFile(Path file) throws IOException {
    Instant modified = Files.getLastModifiedTime(file).toInstant();
    return new SourceInput(file.toString(), null, modified, () -> Files.newInputStream(file));
  }

  /** Bytes already in memory, for example an HTTP response body. */
  public static SourceInput ofBytes(String origin, URI location, Instant fetchedAt, byte[] bytes) {
    byte[] copy = bytes.clone();
    return new SourceInput(origin, location, fetchedAt, () -> new ByteArrayInputStream(copy));
  }

  /** Reads all bytes, refusing more than {@code limit}. */
  public byte[] readAll(long limit) throws SourceException {
    try (InputStream in = opener.open()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      long total = 0;
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        total += n;
        if (total > limit) {
          throw new SourceException(String.format(Locale.ROOT,
              "too large: more than %,d bytes (raise it with --max-bytes)", limit));
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new SourceException("cannot read: " + e.getMessage(), e);
    }
  }

  /** The first {@code n} bytes (fewer when the input is shorter). */
  public byte[] head(int n) throws SourceException {
    try (InputStream in = opener.open()) {
      return in.readNBytes(n);
    } catch (IOException e) {
      throw new SourceException("cannot read: " + e.getMessage(), e);
    }
  }
}
