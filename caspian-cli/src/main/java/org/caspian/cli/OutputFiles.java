package org.caspian.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the files commands write with {@code --out}, with errors that name the file. */
final class OutputFiles {
  private OutputFiles() {}

  /** Fails with a message naming {@code file} when its folder is missing or not writable. */
  static void checkWritable(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new IOException("cannot write " + file + ": no folder " + parent);
    }
    if (Files.isDirectory(file)) {
      throw new IOException("cannot write " + file + ": it is a folder");
    }
    if (!Files.isWritable(parent)) {
      throw new IOException("cannot write " + file + ": folder not writable");
    }
  }

  /** A UTF-8 writer creating or replacing {@code file}. */
  static Writer writer(Path file) throws IOException {
    checkWritable(file);
    try {
      return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Creates or replaces {@code file} with {@code bytes}. */
  static void write(Path file, byte[] bytes) throws IOException {
    checkWritable(file);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
