package org.caspian.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lists the article files under a folder, recursively, in path order ({@link ArticleFileNames}
 * says which). A subfolder or file that cannot be read is reported to the sink as one failure and
 * skipped; the rest of the folder is still listed.
 */
final class FolderWalker {
  private final ArticleFileNames names = new ArticleFileNames();

  /** The article files under {@code folder}; failures go to {@code sink}. */
  List<Path> articleFiles(Path folder, Consumer<IngestResult> sink) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return dir.equals(folder) || names.walkInto(dir) ? FileVisitResult.CONTINUE
              : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && names.readInFolder(file)) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          sink.accept(IngestResult.failed(file.toString(), "cannot read: " + reason(e)));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          if (e != null) {
            sink.accept(IngestResult.failed(dir.toString(), "cannot list folder: " + reason(e)));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      sink.accept(IngestResult.failed(folder.toString(), "cannot list folder: " + reason(e)));
    }
    Collections.sort(files);
    return files;
  }

  static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.replace('\n', ' ');
  }
}
