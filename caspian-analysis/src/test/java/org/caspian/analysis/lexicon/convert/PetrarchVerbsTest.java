package org.caspian.analysis.lexicon.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caspian.model.CameoTaxonomy;
import org.junit.jupiter.api.Test;

/** The PETRARCH-2 verb dictionary converter on small dictionaries written for the test. */
class PetrarchVerbsTest {
  private static final List<String> DICTIONARY = List.of(
      "# comment",
      "####### SYNONYM SETS #######",
      "&FOODSTUFF",
      "+GRAIN",
      "+RICE_",
      "+BABY_FORMULA",
      "",
      "####### VERB PATTERNS #######",
      "---  HURRY   [---]  ---",
      "HURRY {HURRIES HURRYING HURRIED }",
      "DASH",
      "- * (TO BORDER)                 [154]   # HURRY",
      "- * &FOODSTUFF                  [073]   # DASH",
      "- * {ARMS SHIPMENT}             [072]",
      "- &MILITARY * EXERCISES         [062]",
      "- * (BEFORE COURT)              [:173]",
      "- * (TO HOST)                   [042:043]",
      "- * NOTHING                     [999]",
      "",
      "---  BLAME   [112]  ---",
      "BLAME",
      "+POINT_FINGER {+POINTED_FINGER}",
      "PRAISE [051]",
      "THINK {THOUGHT}",
      "- * &UNKNOWNSET                 [111]");

  private final PetrarchVerbs verbs = new PetrarchVerbs(CameoTaxonomy.load()).convert(DICTIONARY);

  private Map<String, String> codes() {
    return verbs.rows().stream().collect(Collectors.toMap(r -> r[0], r -> r[2]));
  }

  @Test
  void patternsApplyToEveryVerbOfTheirBlock() {
    assertThat(codes()).containsEntry("hurry|dash ~ to ~ border|borders", "154")
        .containsEntry("hurry|dash ~ grain|rice", "073")
        .containsEntry("hurry|dash ~ arms shipment|shipments", "072");
  }

  @Test
  void verbsTakeTheirOwnCodeElseTheBlocks() {
    assertThat(codes()).containsEntry("blame", "112").containsEntry("praise", "051")
        .containsEntry("think", "112").containsEntry("point finger", "112")
        .doesNotContainKey("hurry").doesNotContainKey("dash");
  }

  @Test
  void pairedCodesKeepTheSourceSideAndTheRestIsCountedAsLeftOut() {
    assertThat(codes()).containsEntry("hurry|dash ~ to ~ host|hosts", "042");
    assertThat(verbs.skipped()).containsEntry("words before the verb", 1)
        .containsEntry("coded for the target only", 1)
        .containsEntry("code not in the CAMEO table", 1)
        .containsEntry("element not expressible", 1);
  }

  @Test
  void irregularFormsBecomeInflectionRows() {
    assertThat(verbs.inflections()).anySatisfy(r ->
        assertThat(r).containsExactly("hurry", "hurries", "hurried", "hurried", "hurrying"));
    assertThat(verbs.inflections()).anySatisfy(r ->
        assertThat(r).containsExactly("think", "-", "thought", "thought", "-"));
  }

  @Test
  void commasBetweenFormsAreNoForms() {
    List<String[]> rows = new PetrarchVerbs(CameoTaxonomy.load()).convert(List.of(
        "####### VERB PATTERNS #######", "---  REPRESS   [170]  ---",
        "+CRACK_DOWN {+CRACKED_DOWN , +CRACKS_DOWN , +CRACKING_DOWN}")).inflections();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsExactly("crack", "cracks", "cracked", "cracked", "cracking");
  }

  @Test
  void statementsAreSpeechVerbs() {
    List<String[]> rows = new PetrarchVerbs(CameoTaxonomy.load()).convert(List.of(
        "####### VERB PATTERNS #######", "---  REMARK   [010]  ---", "REMARK")).rows();
    assertThat(rows).singleElement().satisfies(r ->
        assertThat(r).containsExactly("remark", "v", "010", "speech"));
  }

  @Test
  void prepositionsAndAdverbsTakeNoPlural() {
    PatternText text = new PatternText(SynonymSets.read(List.of()));
    assertThat(text.translate(" (IN PROTEST) FORWARD POSITIVELY {MASS RALLY}"))
        .isEqualTo("in ~ protest|protests ~ forward ~ positively ~ mass rally|rallies");
    assertThat(text.translate(" (OF")).isNull();
  }
}
