package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
  @TempDir Path dir;

  @Test
  void the_terminal_line_is_rewritten_in_place_with_share_rate_and_eta() throws Exception {
    StringWriter err = new StringWriter();
    TerminalProgress p = new TerminalProgress(new PrintWriter(err), 1000);
    Thread.sleep(300);
    p.item(new Indexer.Counts(200, 40, 10));
    p.end();
    String s = err.toString();
    assertThat(s).startsWith("\r").doesNotContain("\n");
    assertThat(s).contains("250 of ~1,000 (25%)").contains("articles/s").contains("ETA ");
    assertThat(TerminalProgress.clock(75)).isEqualTo("1:15");
    assertThat(TerminalProgress.clock(3725)).isEqualTo("1:02:05");
  }

  @Test
  void batch_lines_print_each_commit_once() {
    StringWriter out = new StringWriter();
    BatchLines p = new BatchLines(new PrintWriter(out));
    p.committed(new Indexer.Counts(50, 0, 0));
    p.committed(new Indexer.Counts(50, 0, 0));
    p.committed(new Indexer.Counts(90, 8, 2));
    assertThat(out.toString().lines()).hasSize(2);
    assertThat(out.toString().lines().toList().get(1))
        .startsWith("committed 100 items: 90 added, 8 unchanged, 2 failed");
  }

  @Test
  void the_estimate_counts_text_files_and_json_lines() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "One.\nTwo.\n");
    Path b = Files.writeString(dir.resolve("b.jsonl"), "{}\n{}\n{}\n");
    assertThat(new ItemEstimate().of(List.of(a, b, dir.resolve("missing.jsonl")))).isEqualTo(5);
  }
}
