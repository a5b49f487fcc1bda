package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@link OutOfMemoryError} while reading a file is reported as a one-line error naming the file,
 * and the rest of the batch goes on: checked in a child JVM with a small heap.
 */
class OutOfMemoryTest {
  @TempDir Path dir;

  @Test
  void a_file_too_big_for_the_heap_is_named_and_the_batch_goes_on() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    try (RandomAccessFile f = new RandomAccessFile(docs.resolve("a-huge.txt").toFile(), "rw")) {
      f.setLength(256L << 20); // sparse: costs no disk, but reading it needs 256 MiB of heap
    }
    Files.writeString(docs.resolve("b-empty.txt"), " ");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx96m", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "--index",
        dir.resolve("index").toString(), "ingest", docs.toString(), "--max-bytes",
        String.valueOf(1L << 30));
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("out.txt").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String out = Files.readString(dir.resolve("out.txt"));
    assertThat(p.exitValue()).as(out).isEqualTo(1);
    assertThat(out).as(out).containsPattern("caspian: error: \\S*a-huge\\.txt: out of memory "
        + "while reading this file[^\\n]*\\n");
    assertThat(out).contains("b-empty.txt: empty file").contains("0 added, 0 unchanged, 2 failed");
  }
}
