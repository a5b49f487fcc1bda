package org.caspian.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.caspian.store.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadOnlyLuceneStoreTest {
  @TempDir Path dir;

  @Test
  void a_folder_without_an_index_is_refused_by_name_and_nothing_is_created() throws IOException {
    Path missing = dir.resolve("missing");
    assertThatThrownBy(() -> ReadOnlyLuceneStore.open(missing))
        .isInstanceOf(IOException.class).hasMessageContaining("no index in " + missing);
    assertThat(missing).doesNotExist();

    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> ReadOnlyLuceneStore.open(empty))
        .hasMessageContaining("no index in " + empty);
    try (Stream<Path> files = Files.list(empty)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void a_reader_beside_the_writer_sees_each_commit_and_nothing_uncommitted() throws Exception {
    try (LuceneStore writer = LuceneStore.open(dir)) {
      writer.put(Corpus.tass());
      writer.commit();
      try (ReadOnlyLuceneStore reader = ReadOnlyLuceneStore.open(dir, Duration.ofMillis(50));
          ReadOnlyLuceneStore other = ReadOnlyLuceneStore.open(dir)) {
        assertThat(reader.count()).isEqualTo(1);
        assertThat(other.get("tass-1")).isPresent();

        writer.put(Corpus.trend());
        assertThat(writer.count()).isEqualTo(2);
        reader.refresh();
        assertThat(reader.count()).as("not committed yet").isEqualTo(1);

        writer.commit();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (reader.count() < 2 && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertThat(reader.count()).isEqualTo(2);
        assertThat(reader.get(Corpus.trend().article().id())).hasValueSatisfying(a -> {
          assertThat(a.article()).isEqualTo(Corpus.trend().article());
          assertThat(a.events()).hasSameSizeAs(Corpus.trend().events());
        });
      }
    }
  }

  @Test
  void a_reader_never_writes_and_a_second_writer_gets_a_clear_error() throws IOException {
    try (LuceneStore writer = LuceneStore.open(dir)) {
      writer.commit();
      try (ReadOnlyLuceneStore reader = ReadOnlyLuceneStore.open(dir)) {
        assertThatThrownBy(() -> reader.put(Corpus.tass())).isInstanceOf(IOException.class)
            .hasMessageContaining("read-only");
        assertThatThrownBy(reader::commit).hasMessageContaining("read-only");
      }
      assertThatThrownBy(() -> LuceneStore.open(dir)).isInstanceOf(IOException.class)
          .hasMessageContaining(dir.toString()).hasMessageContaining("another process");
    }
  }
}
