package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caspian.store.lucene.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandsTest {
  @TempDir Path dir;

  @Test
  void demo_builds_the_sample_index_once_and_a_second_run_changes_nothing() throws IOException {
    Path index = dir.resolve("demo");
    CliRun first = CliRun.run("--index", index.toString(), "demo", "--no-serve");
    assertThat(first.exit).as(first.err).isZero();
    int samples = new SampleCorpus().names().size();
    assertThat(samples).isGreaterThanOrEqualTo(40);
    assertThat(first.out).contains(samples + " added, 0 unchanged, 0 failed");
    CliRun second = CliRun.run("demo", "--no-serve", "--index", index.toString());
    assertThat(second.out).contains("0 added, " + samples + " unchanged, 0 failed");
  }

  @Test
  void ingest_then_search_and_dyad_csv_header() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("one.txt"), "Title: Ministry statement\nPublished: 2025-07-02\n\n"
        + "The ministry in Baku issued a statement about the detained journalists.");
    Files.writeString(docs.resolve("bad.jsonl"), "{\"title\":\"no text\"}\n");
    String index = dir.resolve("idx").toString();
    CliRun ingest = CliRun.run("--index", index, "ingest", docs.toString());
    assertThat(ingest.exit).isEqualTo(1);
    assertThat(ingest.err).contains("bad.jsonl:1").contains("field 'text'");
    assertThat(ingest.out).contains("1 added, 0 unchanged, 1 failed");

    CliRun search = CliRun.run("--index", index, "search", "journalists");
    assertThat(search.exit).isZero();
    assertThat(search.out).contains("1 matching articles").contains("[journalists]");

    CliRun dyad = CliRun.run("--index", index, "dyad", "RUS", "AZE", "--by", "week",
        "--format", "csv");
    assertThat(dyad.exit).isZero();
    assertThat(dyad.out.lines().findFirst())
        .contains("period,events,quad1,quad2,quad3,quad4,goldstein_sum,goldstein_mean");
  }

  @Test
  void search_by_actor_across_languages_and_by_inflected_form() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs-xl"));
    Files.writeString(docs.resolve("ru.txt"), "Title: Путин позвонил Пашиняну\n"
        + "Published: 2025-08-01\n\nПрезидент России Владимир Путин позвонил премьер-министру "
        + "Армении Николу Пашиняну. Стороны обсудили ситуацию на границе.");
    Files.writeString(docs.resolve("az.txt"), "Title: Nikol Paşinyan Bakıya gələ bilər\n"
        + "Published: 2025-08-02\n\nErmənistanın baş naziri Nikol Paşinyan sülh sazişi üçün "
        + "Bakıya gələ bilər.");
    Files.writeString(docs.resolve("en.txt"), "Title: Lavrov meets Bayramov\n"
        + "Published: 2025-08-03\n\nSergey Lavrov and Jeyhun Bayramov met in Moscow on "
        + "Thursday to discuss the transport corridors.");
    String index = dir.resolve("idx-xl").toString();
    assertThat(CliRun.run("--index", index, "ingest", docs.toString()).exit).isZero();

    CliRun actor = CliRun.run("--index", index, "search", "--actor", "Փաշինյան");
    assertThat(actor.exit).isZero();
    assertThat(actor.out).contains("2 matching articles").contains("Путин позвонил")
        .contains("Paşinyan Bakıya").doesNotContain("Lavrov meets");

    CliRun inflected = CliRun.run("--index", index, "search", "Пашинян", "--format", "json");
    assertThat(inflected.exit).isZero();
    assertThat(inflected.out).contains("\"total\":1").contains("<mark>Пашиняну</mark>");

    assertThat(CliRun.run("--index", index, "search", "Bakı").out).contains("1 matching articles");
    assertThat(CliRun.run("--index", index, "search").exit).isEqualTo(2); // no query, no actor
  }

  @Test
  void bad_options_are_usage_errors() throws IOException {
    String index = dir.resolve("idx2").toString();
    LuceneStore.open(Path.of(index)).close(); // an empty index: query commands refuse a missing one
    assertThat(CliRun.run("--index", index, "dyad", "RUS", "AZE", "--by", "year").exit)
        .isEqualTo(2);
    assertThat(CliRun.run("--index", index, "dyad", "RUS").exit).isEqualTo(2);
    assertThat(CliRun.run("--index", index, "search", "title:(").exit).isEqualTo(2);
  }

  @Test
  void an_index_that_cannot_be_opened_is_a_one_line_error_with_exit_1() throws IOException {
    Path notADir = Files.writeString(dir.resolve("plain-file"), "x");
    CliRun r = CliRun.run("--index", notADir.toString(), "search", "Baku");
    assertThat(r.exit).isEqualTo(1);
    assertThat(r.err.strip()).startsWith("caspian: error:").contains("plain-file");
    assertThat(r.err.strip().lines().count()).isEqualTo(1);
  }
}
