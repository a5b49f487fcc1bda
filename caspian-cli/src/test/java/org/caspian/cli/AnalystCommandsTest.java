package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst's commands over the demo corpus, indexed once. */
class AnalystCommandsTest {
  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void demo() {
    index = dir.resolve("demo").toString();
    CliRun r = CliRun.run("--index", index, "demo", "--no-serve");
    assertThat(r.exit).as(r.err).isZero();
  }

  private static CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--index";
    all[1] = index;
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.run(all);
  }

  @Test
  void dyad_csv_lists_every_month_from_first_to_last_with_zero_rows() {
    CliRun r = run("dyad", "RUS", "AZE", "--by", "month", "--format", "csv");
    assertThat(r.exit).as(r.err).isZero();
    List<String> lines = r.out.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("period,events,quad1,quad2,quad3,quad4,goldstein_sum,goldstein_mean");
    List<YearMonth> months = lines.stream().skip(1).map(l -> YearMonth.parse(l.split(",")[0]))
        .toList();
    for (int i = 1; i < months.size(); i++) {
      assertThat(months.get(i)).isEqualTo(months.get(i - 1).plusMonths(1));
    }
    assertThat(lines.stream().skip(1).filter(l -> l.contains(",0,0,0,0,0,0.000,0.000")).count())
        .as("quiet months").isGreaterThan(10);
    assertThat(lines.get(1).split(",")[1]).isNotEqualTo("0");
    assertThat(lines.get(lines.size() - 1).split(",")[1]).isNotEqualTo("0");
  }

  @Test
  void escalation_adds_a_last_column_and_marks_june_2025() {
    CliRun r = run("dyad", "RUS", "AZE", "--by", "month", "--format", "csv", "--escalation");
    assertThat(r.exit).as(r.err).isZero();
    List<String> lines = r.out.lines().toList();
    assertThat(lines.get(0)).isEqualTo(
        "period,events,quad1,quad2,quad3,quad4,goldstein_sum,goldstein_mean,escalation");
    assertThat(lines).anyMatch(l -> l.startsWith("2025-06,") && l.endsWith(",1"));
    assertThat(lines).anyMatch(l -> l.startsWith("2025-08,") && l.endsWith(",0"));
  }

  @Test
  void exports_in_each_text_format_and_parquet_without_hadoop() throws IOException {
    CliRun csv = run("export", "--format", "csv", "--dyad", "RUS-AZE", "--from", "2025-06-01",
        "--to", "2025-07-31");
    assertThat(csv.exit).as(csv.err).isZero();
    List<String> rows = csv.out.lines().toList();
    assertThat(rows.get(0)).startsWith("article_id,ordinal,date,");
    assertThat(rows.size()).isGreaterThan(3);
    assertThat(rows.subList(1, rows.size())).allMatch(l -> l.contains(",2025-06-")
        || l.contains(",2025-07-"));

    CliRun jsonl = run("export", "--format", "jsonl", "--actor", "ARM");
    ObjectMapper m = new ObjectMapper();
    for (String l : jsonl.out.lines().toList()) {
      JsonNode n = m.readTree(l);
      assertThat(n.path("sourceCountry").asText() + n.path("targetCountry").asText())
          .contains("ARM");
    }

    CliRun gdelt = run("export", "--format", "gdelt", "--no-header");
    String[] f = gdelt.out.lines().findFirst().orElseThrow().split("\t", -1);
    assertThat(f).hasSize(61 + 15);
    assertThat(f[1]).matches("\\d{8}");
    assertThat(f[26]).matches("\\d{3,4}");

    Path parquet = dir.resolve("events.parquet");
    CliRun p = run("export", "--format", "parquet", "--out", parquet.toString());
    assertThat(p.exit).as(p.err).isZero();
    byte[] bytes = Files.readAllBytes(parquet);
    assertThat(new String(Arrays.copyOfRange(bytes, 0, 4), StandardCharsets.US_ASCII))
        .isEqualTo("PAR1");
    assertThat(new String(Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length),
        StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    assertThat(run("export", "--format", "parquet").exit).isEqualTo(2);

    Path gexf = dir.resolve("net.gexf");
    CliRun g = run("export", "--format", "gexf", "--dyad", "RUS-AZE", "--out", gexf.toString());
    assertThat(g.exit).as(g.err).isZero();
    assertThat(Files.readString(gexf)).contains("<gexf xmlns=\"http://gexf.net/1.3\"")
        .contains("viz:color");
  }

  @Test
  void bad_filters_are_usage_errors_naming_the_option() {
    CliRun r = run("export", "--format", "csv", "--from", "2025-13-01");
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("--from must be a date");
    assertThat(run("export", "--format", "xml").err).contains("--format must be csv, jsonl");
    assertThat(run("export", "--format", "csv", "--dyad", "RUS").err).contains("--dyad must be");
    CliRun noFolder = run("export", "--format", "csv", "--out",
        dir.resolve("missing").resolve("x.csv").toString());
    assertThat(noFolder.exit).isEqualTo(1);
    assertThat(noFolder.err.strip()).startsWith("caspian: error: cannot write ")
        .contains("x.csv").doesNotContain("Exception");
  }

  @Test
  void brief_as_markdown_and_html_with_hypotheses_from_the_workspace() throws IOException {
    Path ws = dir.resolve("ws");
    assertThat(run("ach", "add-hypothesis", "--workspace", ws.toString(), "--matrix", "rus-aze",
        "Moscow", "retaliates").out).startsWith("H1 Moscow retaliates");
    CliRun md = run("brief", "--dyad", "RUS-AZE", "--from", "2025-06-01", "--to", "2025-07-31",
        "--workspace", ws.toString());
    assertThat(md.exit).as(md.err).isZero();
    assertThat(md.out).startsWith("# Brief: RUS–AZE, 2025-06-01 to 2025-07-31")
        .contains("## Key events").contains("<svg xmlns=").contains("## Top quotes")
        .contains("| side RUS | side AZE |").contains("H1 Moscow retaliates");
    assertThat(run("brief", "--dyad", "RUS-AZE", "--from", "2025-06-01", "--to", "2025-07-31",
        "--workspace", ws.toString(), "--matrix", "other").err)
        .contains("no ACH matrix named 'other'");
    CliRun empty = run("brief", "--dyad", "USA-CHN", "--from", "2025-06-01", "--to",
        "2025-06-10", "--workspace", ws.toString(), "--matrix", "rus-aze");
    assertThat(empty.exit).as(empty.err).isZero();
    assertThat(empty.out).contains("0 asserted events").contains("No asserted event in the range")
        .contains("H1 Moscow retaliates");
    Path html = dir.resolve("brief.html");
    CliRun h = run("brief", "--dyad", "RUS-AZE", "--from", "2025-06-01", "--to", "2025-07-31",
        "--format", "html", "--out", html.toString());
    assertThat(h.exit).as(h.err).isZero();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>")
        .contains("src=\"data:image/png;base64,");
    assertThat(run("brief", "--dyad", "RUS-AZE", "--from", "2025-07-31", "--to", "2025-06-01")
        .exit).isEqualTo(2);
  }

  @Test
  void compare_outlets_and_sides() throws IOException {
    CliRun t = run("compare", "--outlets", "TASS,APA", "--limit", "5");
    assertThat(t.exit).as(t.err).isZero();
    assertThat(t.out).contains("outlet TASS: ").contains("most typical of outlet APA:");
    CliRun j = run("compare", "--sides", "AZE,ARM", "--format", "json");
    JsonNode n = new ObjectMapper().readTree(j.out);
    assertThat(n.path("articlesA").asInt()).isGreaterThan(5);
    assertThat(n.path("articlesB").asInt()).isGreaterThan(3);
    assertThat(n.path("leaningA").get(0).path("z").asDouble()).isPositive();
    assertThat(n.path("leaningA").get(0).path("occurrences")).isNotEmpty();
    assertThat(run("compare", "--outlets", "TASS").exit).isEqualTo(2);
  }

  @Test
  void ach_from_the_command_line() {
    String ws = dir.resolve("ws-ach").toString();
    run("ach", "add-hypothesis", "--workspace", ws, "First");
    run("ach", "add-hypothesis", "--workspace", ws, "Second");
    CliRun e = run("ach", "add-evidence", "--workspace", ws, "--kind", "note", "--text",
        "A note", "--credibility", "high");
    assertThat(e.out).startsWith("E1 A note");
    assertThat(run("ach", "rate", "--workspace", ws, "E1", "H1", "inconsistent").exit).isZero();
    assertThat(run("ach", "rate", "--workspace", ws, "E1", "H2", "C").exit).isZero();
    CliRun show = run("ach", "show", "--workspace", ws);
    assertThat(show.out).contains("| E1: A note | high | medium | I | C |")
        .contains("| 1 | H2 Second | 0 | 0.00 |");
    CliRun bad = run("ach", "rate", "--workspace", ws, "E1", "H7", "C");
    assertThat(bad.exit).isEqualTo(2);
    assertThat(bad.err).contains("no hypothesis H7 in matrix default");
    CliRun missing = run("ach", "add-evidence", "--workspace", ws, "--kind", "event", "--ref",
        "nope#0");
    assertThat(missing.exit).isEqualTo(2);
    assertThat(missing.err).contains("no article nope");
  }

  @Test
  void alerts_add_check_feed_and_remove() throws IOException {
    String ws = dir.resolve("ws-alert").toString();
    assertThat(run("alert", "add", "--workspace", ws, "--query", "Sputnik").out)
        .startsWith("A1 query: Sputnik");
    assertThat(run("alert", "add", "--workspace", ws, "--query", "Sputnik", "--include-existing")
        .out).startsWith("A2 ");
    assertThat(run("alert", "add", "--workspace", ws, "--escalation", "RUS-AZE", "--by", "month",
        "--include-existing").exit).isZero();
    CliRun check = run("alert", "check", "--workspace", ws, "--format", "json");
    assertThat(check.exit).as(check.err).isZero();
    JsonNode hits = new ObjectMapper().readTree(check.out);
    assertThat(hits.size()).isGreaterThan(2);
    for (JsonNode h : hits) {
      assertThat(h.path("alertId").asText()).isIn("A2", "A3"); // A1 took existing ones as seen
    }
    assertThat(check.out).contains("\"key\":\"RUS-AZE 2025-06\"");
    assertThat(run("alert", "check", "--workspace", ws).out).contains("0 new");
    CliRun feed = run("alert", "feed", "--workspace", ws);
    assertThat(feed.out).startsWith("<?xml").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
        .contains("tag:caspian,2026:alert/A3/RUS-AZE/2025-06");
    assertThat(run("alert", "remove", "--workspace", ws, "A1").exit).isZero();
    assertThat(run("alert", "remove", "--workspace", ws, "A1").err).contains("no alert A1");
    assertThat(run("alert", "add", "--workspace", ws, "--query", "title:(").exit).isEqualTo(2);
  }

  @Test
  void stories_and_network_over_the_demo() throws IOException {
    CliRun st = run("stories", "--dyad", "RUS-AZE", "--from", "2025-06-01", "--to", "2025-07-31",
        "--format", "json");
    assertThat(st.exit).as(st.err).isZero();
    JsonNode groups = new ObjectMapper().readTree(st.out);
    assertThat(groups.size()).isPositive();
    for (JsonNode g : groups) {
      assertThat(g.path("outlets").size()).isGreaterThanOrEqualTo(2);
      assertThat(g.path("first").asText()).startsWith("2025-0");
    }
    CliRun net = run("network", "--dyad", "RUS-AZE", "--format", "json");
    JsonNode n = new ObjectMapper().readTree(net.out);
    assertThat(n.path("nodes").size()).isGreaterThan(2);
    JsonNode edge = n.path("edges").get(0);
    assertThat(edge.path("events").asInt()).isPositive();
    assertThat(edge.path("eventKeys").size()).isEqualTo(edge.path("events").asInt());
    assertThat(run("stories", "--window", "99").exit).isEqualTo(2);
    assertThat(run("network", "--format", "csv").err).contains("--format must be table or json");
  }
}
