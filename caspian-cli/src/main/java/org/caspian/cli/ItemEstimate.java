package org.caspian.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caspian.ingest.FileIngestor;

/**
 * How many items a list of files will give, for the progress line: one per text file, one per
 * line end in a JSON Lines file (counted by a fast byte scan; blank lines make it an upper bound).
 */
final class ItemEstimate {
  long of(List<Path> files) {
    long n = 0;
    byte[] buf = new byte[1 << 16];
    for (Path f : files) {
      if (!FileIngestor.isJsonLines(f)) {
        n++;
        continue;
      }
      try (InputStream in = Files.newInputStream(f)) {
        for (int r = in.read(buf); r > 0; r = in.read(buf)) {
          for (int i = 0; i < r; i++) {
            if (buf[i] == '\n') {
              n++;
            }
          }
        }
      } catch (IOException e) {
        n++; // reading it will report the error
      }
    }
    return n;
  }
}
