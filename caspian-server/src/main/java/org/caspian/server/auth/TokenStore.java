package org.caspian.server.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * API tokens in a text file, one per line: the token's SHA-256 (hex), its role and when it was
 * made, tab-separated. Tokens themselves are never stored: {@link #issue} prints one once. Tokens
 * are 32 random bytes, so a plain digest is enough (there is nothing to guess). The file is re-read
 * when it changes, so a token made while the server runs works at once. Thread-safe.
 */
public final class TokenStore {
  private static final String PREFIX = "csp_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private volatile Snapshot snapshot = new Snapshot(null, List.of());

  private record Entry(byte[] digest, TokenRole role) {}

  private record Snapshot(FileTime modified, List<Entry> entries) {}

  /** Tokens kept in {@code file} (need not exist yet). */
  public TokenStore(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  /** The token file beside an index folder: {@code <index>.tokens}. */
  public static Path besideIndex(Path index) {
    Path abs = index.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + ".tokens");
  }

  /** The file the tokens are kept in. */
  public Path file() {
    return file;
  }

  /** Makes a token with {@code role}, records its digest and returns the token. */
  public synchronized String issue(TokenRole role) throws IOException {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    String line = HexFormat.of().formatHex(digest(token)) + '\t' + role.label() + '\t'
        + Instant.now() + '\n';
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    boolean fresh = !Files.exists(file);
    Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    if (fresh) {
      ownerOnly();
    }
    return token;
  }

  private void ownerOnly() throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's permissions apply
    }
  }

  /** True when no token has been made. */
  public boolean isEmpty() {
    return current().entries().isEmpty();
  }

  /** The role of {@code token}, or empty when it is not one of ours. */
  public Optional<TokenRole> roleOf(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    byte[] d = digest(token);
    TokenRole found = null;
    for (Entry e : current().entries()) {
      if (MessageDigest.isEqual(e.digest(), d)) {
        found = e.role();
      }
    }
    return Optional.ofNullable(found);
  }

  private Snapshot current() {
    FileTime modified;
    try {
      modified = Files.getLastModifiedTime(file);
    } catch (NoSuchFileException e) {
      return new Snapshot(null, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read token file " + file, e);
    }
    Snapshot s = snapshot;
    if (modified.equals(s.modified())) {
      return s;
    }
    s = new Snapshot(modified, read());
    snapshot = s;
    return s;
  }

  private List<Entry> read() {
    List<Entry> out = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read token file " + file, e);
    }
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      try {
        out.add(new Entry(HexFormat.of().parseHex(f[0]), TokenRole.parse(f.length > 1 ? f[1] : "")));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(file + " line " + n + ": " + e.getMessage());
      }
    }
    return out;
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
