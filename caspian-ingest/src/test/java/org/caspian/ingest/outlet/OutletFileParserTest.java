package org.caspian.ingest.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutletFileParserTest {
  private final OutletFileParser parser = new OutletFileParser();

  private static String line(String... cols) {
    return String.join("\t", cols);
  }

  private static final String GOOD = line("caspian-wire", "Caspian Wire",
      "caspianwire.example|wire.example", "CW|Caspian Wire Service", "AZ", "en|ru", "private",
      "wire", "@caspianwire");

  @Test
  void reads_comments_header_and_lists() {
    String text = "# my outlets\n" + String.join("\t", OutletFileParser.COLUMNS) + "\n\n" + GOOD
        + "\n";
    OutletFileParser.Parsed p = parser.parse("mine.tsv", text);
    assertThat(p.errors()).isEmpty();
    assertThat(p.outlets()).singleElement().satisfies(o -> {
      assertThat(o.id()).isEqualTo("caspian-wire");
      assertThat(o.domains()).containsExactly("caspianwire.example", "wire.example");
      assertThat(o.aliases()).containsExactly("CW", "Caspian Wire Service");
      assertThat(o.languages()).containsExactly("en", "ru");
      assertThat(o.telegram()).containsExactly("caspianwire");
      assertThat(o.side()).isEqualTo("private");
      assertThat(o.type()).isEqualTo("wire");
    });
  }

  @Test
  void each_bad_line_gets_one_error_naming_file_line_and_column_and_the_rest_is_kept() {
    String text = String.join("\n", List.of(
        GOOD,
        line("Bad Id", "X", "x.example", "", "AZ", "en", "private", "wire", ""),
        line("b", "B", "https://b.example/", "", "AZ", "en", "private", "wire", ""),
        line("c", "C", "c.example", "", "Azerbaijan", "en", "private", "wire", ""),
        line("d", "D", "d.example", "", "AZ", "english", "private", "wire", ""),
        line("e", "E", "e.example", "", "AZ", "en", "stat", "wire", ""),
        line("f", "F", "f.example", "", "AZ", "en", "private", "blog", ""),
        line("g", "G", "g.example", "", "AZ", "en", "private", "wire"),
        line("caspian-wire", "Again", "again.example", "", "AZ", "en", "private", "wire", ""),
        line("h", "H", "wire.example", "", "AZ", "en", "private", "wire", ""),
        line("i", "", "i.example", "", "AZ", "en", "private", "wire", ""),
        line("j", "J", "", "", "AZ", "en", "private", "wire", ""),
        line("k", "K", "k.example", "", "AZ", "en", "private", "wire", "a b"),
        line("ok", "OK", "OK.Example", "", "", "", "State", "Online", "")));
    OutletFileParser.Parsed p = parser.parse("mine.tsv", text);
    assertThat(p.outlets()).extracting(Outlet::id).containsExactly("caspian-wire", "ok");
    assertThat(p.outlets().get(1).domains()).containsExactly("ok.example");
    assertThat(p.errors()).containsExactly(
        "mine.tsv:2: column 'id': 'Bad Id' is not lower-case letters, digits and hyphens",
        "mine.tsv:3: column 'domains': 'https://b.example/' is not a lower-case host name (no "
            + "www., no scheme, no path)",
        "mine.tsv:4: column 'country': 'Azerbaijan' is not an ISO 3166-1 alpha-2 code (\"AZ\")",
        "mine.tsv:5: column 'languages': 'english' is not an ISO 639-1 code (\"ru\")",
        "mine.tsv:6: column 'side': 'stat' is not one of state, state-funded, public, private, "
            + "independent, exile",
        "mine.tsv:7: column 'type': 'blog' is not one of wire, state-broadcaster, broadcaster, "
            + "newspaper, online, magazine, think-tank, telegram",
        "mine.tsv:8: expected 9 tab-separated columns (id, name, domains, aliases, country, "
            + "languages, side, type, telegram), found 8",
        "mine.tsv:9: column 'id': 'caspian-wire' is already defined above",
        "mine.tsv:10: column 'domains': 'wire.example' already belongs to 'caspian-wire'",
        "mine.tsv:11: column 'name': empty",
        "mine.tsv:12: column 'domains': an outlet needs at least a domain, an alias or a channel",
        "mine.tsv:13: column 'telegram': 'a b' is not a Telegram user name");
  }

  @Test
  void windows_line_ends_and_a_byte_order_mark_are_read() {
    OutletFileParser.Parsed p = parser.parse("w.tsv", "\uFEFF# c\r\n" + GOOD + "\r\n");
    assertThat(p.errors()).isEmpty();
    assertThat(p.outlets()).hasSize(1);
  }
}
