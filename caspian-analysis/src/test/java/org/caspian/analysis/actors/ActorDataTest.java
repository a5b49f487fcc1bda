package org.caspian.analysis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.caspian.analysis.lexicon.DataFiles;
import org.junit.jupiter.api.Test;

/** Consistency of the bundled actor data files. */
class ActorDataTest {
  private static final Set<String> ISO = Tsv.read("countries.tsv", 6).stream()
      .map(r -> r.get(0)).collect(Collectors.toSet());

  @Test
  void countryFileHasEveryUnMemberPlusFourOthers() {
    assertThat(ISO).hasSize(197).contains("PSE", "VAT", "XKX", "TWN", "RUS", "AZE", "ARM",
        "TUR", "IRN", "GEO", "UKR", "ISR", "USA", "SSD", "TLS", "MNE");
  }

  @Test
  void everyCountryCodeInOtherFilesExists() {
    check("country_names.tsv", 4, 0);
    check("seats.tsv", 5, 1);
    check("institutions.tsv", 5, 1);
    check("outlets.tsv", 3, 0);
    check("people.tsv", 7, 1);
  }

  private static void check(String file, int columns, int isoColumn) {
    for (DataFiles.Row r : Tsv.read(file, columns)) {
      String iso = r.get(isoColumn);
      assertThat(iso.isEmpty() || ISO.contains(iso)).as(r.where() + " " + iso).isTrue();
    }
  }

  @Test
  void peopleRolesAreDatedConsistently() {
    Set<String> titles = new HashSet<>();
    for (DataFiles.Row r : Tsv.read("titles.tsv", 4)) {
      titles.add(r.get(0));
    }
    assertThat(titles).contains("president", "prime minister", "foreign minister");
    for (DataFiles.Row r : Tsv.read("people.tsv", 7)) {
      var from = PeopleLoader.parse(r.get(4), false);
      var to = PeopleLoader.parse(r.get(5), true);
      if (from != null && to != null) {
        assertThat(from).as(r.where()).isBeforeOrEqualTo(to);
      }
      String code = r.get(2);
      assertThat(code.isEmpty() || code.startsWith(r.get(1)) || r.get(1).isEmpty())
          .as(r.where() + " code matches country").isTrue();
    }
  }
}
