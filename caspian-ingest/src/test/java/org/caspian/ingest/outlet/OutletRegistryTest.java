package org.caspian.ingest.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletRegistryTest {
  private final OutletRegistry builtIn = OutletRegistry.builtIn();

  @Test
  void the_built_in_registry_covers_the_main_outlets_of_every_side() {
    assertThat(builtIn.outlets()).hasSizeGreaterThan(100);
    for (String id : List.of("apa", "trend", "report-az", "azertac", "oxu-az", "armenpress",
        "news-am", "civilnet", "azatutyun", "hetq", "tass", "ria-novosti", "interfax",
        "kommersant", "meduza", "novaya-gazeta-europe", "civil-ge", "interpressnews", "anadolu",
        "daily-sabah", "irna", "tehran-times", "ukrinform", "kyiv-independent", "reuters", "ap",
        "afp", "bbc", "eurasianet", "oc-media", "jamnews", "carnegie")) {
      assertThat(builtIn.byId(id)).as(id).isPresent();
    }
    assertThat(builtIn.outlets()).extracting(Outlet::side).contains("state", "state-funded",
        "public", "private", "independent", "exile");
    assertThat(builtIn.outlets()).extracting(Outlet::type).contains("wire", "think-tank",
        "telegram", "state-broadcaster");
  }

  @Test
  void no_two_outlets_share_a_name_key() {
    Map<String, String> seen = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Outlet o : builtIn.outlets()) {
      List<String> names = new ArrayList<>(o.aliases());
      names.add(o.name());
      for (String n : names) {
        String prev = seen.putIfAbsent(OutletNames.key(n), o.id());
        if (prev != null && !prev.equals(o.id())) {
          clashes.add(n + ": " + prev + " and " + o.id());
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void domains_match_with_subdomains_but_never_a_bare_suffix() {
    assertThat(builtIn.byDomain("trend.az")).map(Outlet::id).hasValue("trend");
    assertThat(builtIn.byDomain("en.trend.az")).map(Outlet::id).hasValue("trend");
    assertThat(builtIn.byDomain("EDITION.CNN.COM.")).map(Outlet::id).hasValue("cnn");
    assertThat(builtIn.byDomain("news.liga.net")).map(Outlet::id).hasValue("liga-net");
    assertThat(builtIn.byDomain("interfax.com.ua")).map(Outlet::id).hasValue("interfax-ukraine");
    assertThat(builtIn.byDomain("az")).isEmpty();
    assertThat(builtIn.byDomain("unknown.az")).isEmpty();
    assertThat(builtIn.byDomain("")).isEmpty();
  }

  @Test
  void names_aliases_and_domains_written_as_names_match_in_any_case_and_script() {
    assertThat(builtIn.byName("AzerTac")).map(Outlet::id).hasValue("azertac");
    assertThat(builtIn.byName("Report.az")).map(Outlet::id).hasValue("report-az");
    assertThat(builtIn.byName("news.am")).map(Outlet::id).hasValue("news-am");
    assertThat(builtIn.byName("ТАСС")).map(Outlet::id).hasValue("tass");
    assertThat(builtIn.byName("Oxu.Az")).map(Outlet::id).hasValue("oxu-az");
    assertThat(builtIn.byName("www.reuters.com")).map(Outlet::id).hasValue("reuters");
    assertThat(builtIn.byName("Caspian Wire")).isEmpty();
    assertThat(builtIn.byTelegram("@TASS_agency")).map(Outlet::id).hasValue("tass");
  }

  @Test
  void a_users_file_adds_outlets_and_overrides_built_in_ones(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("mine.tsv");
    Files.writeString(f, String.join("\n",
        "caspian-wire\tCaspian Wire\tsample.caspian.invalid\t\t\ten\tprivate\twire\t",
        "apa\tAPA (mine)\tapa.az\t\tAZ\taz\tstate\twire\t",
        "broken line"), StandardCharsets.UTF_8);
    List<String> errors = new ArrayList<>();
    OutletRegistry r = builtIn.with(OutletRegistry.read(f, errors));
    assertThat(errors).containsExactly(f + ":3: expected 9 tab-separated columns (id, name, "
        + "domains, aliases, country, languages, side, type, telegram), found 1");
    assertThat(r.byName("Caspian Wire")).map(Outlet::id).hasValue("caspian-wire");
    assertThat(r.byDomain("sample.caspian.invalid")).map(Outlet::id).hasValue("caspian-wire");
    assertThat(r.byId("apa")).map(Outlet::side).hasValue("state");
    assertThat(r.byName("APA Information Agency")).isEmpty(); // the override dropped the alias
    assertThat(r.outlets()).hasSize(builtIn.outlets().size() + 1);
  }

  @Test
  void an_unreadable_or_non_utf8_file_is_one_error(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("latin1.tsv");
    Files.write(bad, new byte[] {'a', (byte) 0xE9, '\t'});
    List<String> errors = new ArrayList<>();
    assertThat(OutletRegistry.read(bad, errors)).isEmpty();
    assertThat(OutletRegistry.read(dir.resolve("missing.tsv"), errors)).isEmpty();
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0)).isEqualTo(bad + ": not UTF-8 text");
    assertThat(errors.get(1)).startsWith(dir.resolve("missing.tsv") + ": cannot read: ");
  }
}
