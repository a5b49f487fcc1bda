package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caspian.ingest.ArticleIds;
import org.caspian.model.ArticleMeta;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --outlets FILE}, outlet resolution and near-duplicates through the command line. */
class OutletsAndDuplicatesCliTest {
  private static final String WIRE = "Azerbaijani and Armenian delegations met in Brussels on "
      + "Tuesday to discuss the delimitation of their common border, the European Council said in "
      + "a statement. The sides agreed to meet again in Yerevan next month, and the commissions "
      + "will exchange maps of the northern section before then. Officials described the talks "
      + "as constructive and said humanitarian issues were also raised.";
  private static final String OTHER = "Georgia's prime minister said on Friday that the country "
      + "would continue to develop its Black Sea port of Anaklia with Chinese investors, despite "
      + "criticism from opposition parties and Western diplomats, who questioned the terms of "
      + "the contract and the transparency of the tender process held last year.";

  private static void article(Path file, String source, String url, String text)
      throws IOException {
    Files.writeString(file, "Title: t\nSource: " + source + "\nPublished: 2025-06-30\nURL: "
        + url + "\n\n" + text + "\n");
  }

  @Test
  void user_outlets_resolve_bad_lines_are_reported_and_copies_link_across_runs(@TempDir Path dir)
      throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Path later = Files.createDirectories(dir.resolve("later"));
    article(docs.resolve("a.txt"), "Caspian Wire", "https://wire.example/a", WIRE);
    article(later.resolve("b.txt"), "TASS", "https://tass.com/world/1",
        "MOSCOW, June 30 (TASS) - " + WIRE.replace("constructive", "useful"));
    article(later.resolve("c.txt"), "Unknown Times", "https://unknown.example/c", OTHER);
    Path outlets = dir.resolve("mine.tsv");
    Files.writeString(outlets, "caspian-wire\tCaspian Wire\twire.example\t\tAZ\ten\tprivate\t"
        + "wire\t\nbroken\tline\n");
    String index = dir.resolve("idx").toString();

    CliRun first = CliRun.run("--index", index, "ingest", docs.toString(), "--outlets",
        outlets.toString());
    assertThat(first.exit).as(first.err).isEqualTo(1);
    assertThat(first.err.lines().filter(l -> l.startsWith("caspian: error:")))
        .containsExactly("caspian: error: " + outlets + ":2: expected 9 tab-separated columns "
            + "(id, name, domains, aliases, country, languages, side, type, telegram), found 2");
    assertThat(first.out).startsWith("1 added, 0 unchanged, 0 failed");

    CliRun second = CliRun.run("--index", index, "ingest", later.toString(), "--outlets",
        outlets.toString());
    assertThat(second.exit).isEqualTo(1); // the same bad line again
    assertThat(second.out).startsWith("2 added, 0 unchanged, 0 failed");
    assertThat(second.err).contains("caspian: note: 1 article from 1 outlet not in the "
        + "registry (add them with --outlets FILE): Unknown Times (unknown.example) (1)");

    ArticleIds ids = new ArticleIds();
    String a = ids.idFor("https://wire.example/a", WIRE);
    try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(Path.of(index))) {
      ArticleMeta am = store.get(a).orElseThrow().article().meta();
      assertThat(am.outlet().id()).isEqualTo("caspian-wire");
      assertThat(am.nearDuplicate()).isNull();
      ArticleMeta bm = store.get(ids.idFor("https://tass.com/world/1", "")).orElseThrow()
          .article().meta();
      assertThat(bm.outlet().id()).isEqualTo("tass");
      assertThat(bm.outlet().side()).isEqualTo("state");
      assertThat(bm.nearDuplicate().of()).isEqualTo(a);
      assertThat(bm.nearDuplicate().cluster()).isEqualTo(a);
      ArticleMeta cm = store.get(ids.idFor("https://unknown.example/c", "")).orElseThrow()
          .article().meta();
      assertThat(cm.outlet()).isNull();
      assertThat(cm.nearDuplicate()).isNull();
    }

    CliRun again = CliRun.run("--index", index, "ingest", docs.toString(), later.toString(),
        "--outlets", outlets.toString());
    assertThat(again.out).startsWith("0 added, 3 unchanged, 0 failed");
  }

  @Test
  void analyze_prints_the_outlet_and_links_copies_within_the_run(@TempDir Path dir)
      throws IOException {
    article(dir.resolve("1.txt"), "Report.az", "https://sample.caspian.invalid/1", WIRE);
    article(dir.resolve("2.txt"), "Azatutyun", "https://sample.caspian.invalid/2",
        WIRE + " Reporting by our correspondent.");
    CliRun r = CliRun.run("analyze", dir.toString());
    assertThat(r.exit).as(r.err).isZero();
    ObjectMapper json = new ObjectMapper();
    JsonNode one = json.readTree(r.out.lines().toList().get(0));
    JsonNode two = json.readTree(r.out.lines().toList().get(1));
    assertThat(one.path("outlet").path("id").asText()).isEqualTo("report-az");
    assertThat(one.path("outlet").path("country").asText()).isEqualTo("AZ");
    assertThat(one.path("provenance").path("outlet").asText()).isEqualTo("input");
    assertThat(one.path("nearDuplicate").isNull()).isTrue();
    assertThat(two.path("outlet").path("side").asText()).isEqualTo("state-funded");
    assertThat(two.path("nearDuplicate").path("of").asText())
        .isEqualTo(one.path("id").asText());
    assertThat(two.path("nearDuplicate").path("similarity").asDouble()).isBetween(0.4, 1.0);
  }
}
