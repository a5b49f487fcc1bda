package org.caspian.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.caspian.analysis.Pipeline;
import org.caspian.model.Article;

/**
 * Fingerprints an article as read (every field of the record) together with the build of the
 * analysis code, so that a re-run of an ingest, after an interruption or over the same files, can
 * skip analysing what is already stored from the same input by the same build. A new build of
 * Caspian (another jar, or recompiled classes) gives new fingerprints, so everything is analysed
 * again once.
 *
 * @param build identity of the analysis code
 * @param reuseStored whether an article stored with the same fingerprint is skipped (false for
 *     {@code --reanalyze}, which analyses everything and still records fingerprints)
 */
record InputFingerprint(String build, boolean reuseStored) {

  /** Fingerprints for the analysis code this process runs. */
  static InputFingerprint current(boolean reuseStored) {
    return new InputFingerprint(currentBuild(), reuseStored);
  }

  /** The fingerprint of {@code a} read by this build. */
  String of(Article a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(build.getBytes(StandardCharsets.UTF_8));
      md.update((byte) '\n');
      md.update(a.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /**
   * Where the analysis classes come from, with size and time for a jar, or the newest change and
   * file count for a class folder. When that cannot be told, a random value: nothing is skipped.
   */
  static String currentBuild() {
    try {
      Path where = Path.of(Pipeline.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      if (Files.isRegularFile(where)) {
        BasicFileAttributes at = Files.readAttributes(where, BasicFileAttributes.class);
        return where + " " + at.size() + " " + at.lastModifiedTime().toMillis();
      }
      try (Stream<Path> files = Files.walk(where)) {
        long[] newestAndCount = {0, 0};
        files.forEach(f -> {
          newestAndCount[0] = Math.max(newestAndCount[0], f.toFile().lastModified());
          newestAndCount[1]++;
        });
        return where + " " + newestAndCount[0] + " " + newestAndCount[1];
      }
    } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
      return "unknown " + UUID.randomUUID();
    }
  }
}
