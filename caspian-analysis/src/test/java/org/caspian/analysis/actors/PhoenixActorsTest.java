package org.caspian.analysis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caspian.analysis.lexicon.DataFiles;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * The generated Phoenix tables (igos_phoenix.tsv, groups_phoenix.tsv, agents_phoenix.tsv) loaded
 * under the hand-made files, and the CAMEO organisation codes of the hand-made files.
 */
class PhoenixActorsTest {
  private static final LocalDate DATE = LocalDate.of(2024, 5, 1);

  private static List<ActorMention> find(String text) {
    return Actors.find(text, DATE);
  }

  /** Every form of column {@code column} in a bundled file. */
  private static Set<String> forms(String file, int columns, int column) {
    Set<String> out = new HashSet<>();
    for (DataFiles.Row r : Tsv.read(file, columns)) {
      for (Tsv.Spelling f : Tsv.forms(r.get(column), null)) {
        out.add(f.text());
      }
    }
    return out;
  }

  @Test
  void organisationsOnlyInThePhoenixTablesAreFoundWithTheirCode() {
    assertThat(forms("institutions.tsv", 5, 4)).doesNotContain("Aden Abyan Islamic Army",
        "Abu Nidal Organization", "Intergovernmental Panel on Climate Change");
    List<ActorMention> m = find("The Aden Abyan Islamic Army and the Abu Nidal Organization were"
        + " named in a report of the Intergovernmental Panel on Climate Change.");
    assertThat(Actors.codes(m)).containsExactly("Aden Abyan Islamic Army=YEMREB",
        "Abu Nidal Organization=IMGMUSALQ", "Intergovernmental Panel on Climate Change=IGOUNOENV");
    assertThat(m).allMatch(a -> a.type() == ActorType.ORGANIZATION);
    assertThat(m.get(0).country()).isEqualTo("YEM");
    assertThat(m.get(2).country()).isEmpty();
  }

  @Test
  void handMadeEntryWinsOverAPhoenixOneForTheSameForm() {
    // Phoenix: Taliban AFGREB, IMF IGOBUSIMF, World Bank IGOUNODEV, Ansar Allah LBNREB.
    List<ActorMention> m = find("The Taliban, the IMF, the World Bank and Ansar Allah replied.");
    assertThat(Actors.codes(m)).containsExactly("Taliban=AFGGOV", "IMF=IGOIMF",
        "World Bank=IGOWBK", "Ansar Allah=YEMREB");
    // A form only Phoenix has keeps the Phoenix code.
    assertThat(Actors.codes(find("The Taleban replied."))).containsExactly("Taleban=AFGREB");
  }

  @Test
  void handMadeEntryWinsOverAPhoenixFormThatDiffersOnlyInCase() {
    // Phoenix has "TALIBAN" (AFGREB), "GREECE" (GRCREB), "VENEZUELA" (VENREB), "REUTERS" (MED)
    // and a person "Bosnia And Herzegovina"; headlines fold case, names of two or more words
    // match case-insensitively, so these are the hand-made forms.
    assertThat(Actors.codes(find("TALIBAN SEIZE KABUL"))).containsExactly("TALIBAN=AFGGOV",
        "KABUL=AFGGOV");
    assertThat(Actors.codes(find("GREECE AND VENEZUELA SIGN DEAL")))
        .containsExactly("GREECE=GRC", "VENEZUELA=VEN");
    assertThat(find("REUTERS REPORTS")).singleElement()
        .satisfies(a -> assertThat(a.code()).isEqualTo("GBRMED"));
    ActorMention bih = Actors.only(find("Bosnia and Herzegovina voted."),
        "Bosnia and Herzegovina");
    assertThat(bih.type()).isEqualTo(ActorType.COUNTRY);
    assertThat(bih.country()).isEqualTo("BIH");
  }

  @Test
  void organisationCodesFollowCameo() {
    List<ActorMention> m = find("The European Union, NATO and the IAEA met.");
    assertThat(Actors.codes(m)).containsExactly("European Union=IGOEUREEC", "NATO=IGOWSTNAT",
        "IAEA=IGOUNOIAE");
    // Forms only the hand-made institutions.tsv has, and bodies of the EU.
    List<ActorMention> h = find("The E.U., the North Atlantic Alliance, МАГАТЭ and the European"
        + " Parliament met.");
    assertThat(Actors.codes(h)).containsExactly("E.U.=IGOEUREEC",
        "North Atlantic Alliance=IGOWSTNAT", "МАГАТЭ=IGOUNOIAE",
        "European Parliament=IGOEUREECLEG");
    assertThat(h).allMatch(a -> a.type() == ActorType.ORGANIZATION && a.country().isEmpty());
  }

  @Test
  void phoenixAgentNounsComposeWithACountry() {
    assertThat(Actors.codes(find("Iraqi police and Kenyan soldiers clashed.")))
        .containsExactly("Iraqi police=IRQCOP", "Kenyan soldiers=KENMIL");
    // Nouns that only the Phoenix agents table has.
    assertThat(forms("role_nouns.tsv", 6, 5)).doesNotContain("policemen", "admirals",
        "hikers");
    List<ActorMention> m = find("Iraqi policemen, Kenyan admirals and Kenyan hikers met.");
    assertThat(Actors.codes(m)).containsExactly("Iraqi policemen=IRQCOP",
        "Kenyan admirals=KENMIL", "Kenyan hikers=KENCVL");
    assertThat(m.get(0).type()).isEqualTo(ActorType.INSTITUTION);
    assertThat(m.get(2).type()).isEqualTo(ActorType.COUNTRY);
  }

  @Test
  void excludedAgentNounsAreNotAgents() {
    assertThat(forms("agents_phoenix.tsv", 6, 5)).doesNotContain("village", "villages",
        "detainee", "detainees", "political prisoners");
    assertThat(find("The shelling of Azerbaijani villages continued.")).isEmpty();
    List<ActorMention> m = find("Baku handed over 15 Armenian detainees and two Armenian"
        + " political prisoners.");
    assertThat(m).noneMatch(a -> a.code().equals("ARMOPP") || a.code().equals("ARMCVL"));
    assertThat(m).noneMatch(a -> a.text().contains("detainees") || a.text().contains("prisoners"));
  }
}
