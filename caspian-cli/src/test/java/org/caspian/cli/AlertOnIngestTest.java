package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved query alerts fire as ingest stores new articles, and only for those that match. */
class AlertOnIngestTest {
  @TempDir Path dir;

  private Path doc(String folder, String name, String title, String body) throws IOException {
    Path docs = Files.createDirectories(dir.resolve(folder));
    Files.writeString(docs.resolve(name), "Title: " + title + "\nPublished: 2025-07-02\n\n"
        + body);
    return docs;
  }

  @Test
  void ingest_reports_the_new_articles_a_saved_query_matches() throws IOException {
    String index = dir.resolve("idx").toString();
    Path first = doc("first", "a.txt", "Ministry statement",
        "The ministry in Baku issued a statement about the detained journalists.");
    assertThat(CliRun.run("--index", index, "ingest", first.toString()).exit).isZero();
    CliRun none = CliRun.run("--index", index, "ingest", doc("quiet", "q.txt", "Weather",
        "Rain is expected in Baku on Friday.").toString());
    assertThat(none.out).doesNotContain("alert ");
    assertThat(CliRun.run("--index", index, "alert", "add", "--name", "Press",
        "--query", "journalists").exit).isZero();

    Path second = doc("second", "b.txt", "Journalists released",
        "Two journalists were released in Moscow on Thursday.");
    doc("second", "c.txt", "Gas talks", "Gas talks resumed in Ankara.");
    CliRun ingest = CliRun.run("--index", index, "ingest", second.toString());
    assertThat(ingest.exit).as(ingest.err).isZero();
    assertThat(ingest.out).contains("alert A1 (Press): ").contains("Journalists released")
        .doesNotContain("Gas talks").doesNotContain("Ministry statement");

    CliRun check = CliRun.run("--index", index, "alert", "check");
    assertThat(check.out).contains("0 new");
    assertThat(CliRun.run("--index", index, "alert", "feed").out)
        .contains("Journalists released");
  }
}
