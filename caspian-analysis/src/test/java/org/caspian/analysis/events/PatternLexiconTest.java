package org.caspian.analysis.events;

import org.caspian.analysis.lexicon.WordTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caspian.analysis.lexicon.DataFiles;
import org.caspian.analysis.lexicon.EnglishInflector;
import org.caspian.analysis.lexicon.Form;
import org.caspian.analysis.lexicon.Inflector;
import org.caspian.analysis.lexicon.Inflectors;
import org.caspian.model.CameoTaxonomy;
import org.caspian.model.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PatternLexiconTest {
  private static final CameoTaxonomy TAXONOMY = CameoTaxonomy.load();
  private static Inflector inflector;

  @BeforeAll
  static void load() throws IOException {
    inflector = EnglishInflector.of(DataFiles.readTsv(Inflectors.class,
        "inflections_en.tsv", 5), "inflections_en.tsv");
  }

  /** Rows of an inline TSV text, as DataFiles gives them. */
  private static List<String[]> rows(String tsv) {
    List<String[]> out = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(Arrays.stream(line.split("\t", -1)).map(String::strip).toArray(String[]::new));
      }
    }
    return out;
  }

  @Test
  void regularVerbForms() {
    assertThat(verbForms("accuse")).containsEntry("accuse", Form.BASE)
        .containsEntry("accuses", Form.S).containsEntry("accused", Form.PAST | Form.PP)
        .containsEntry("accusing", Form.ING).hasSize(4);
    assertThat(verbForms("deny").keySet())
        .containsExactly("deny", "denies", "denied", "denying");
    assertThat(verbForms("agree").keySet())
        .containsExactly("agree", "agrees", "agreed", "agreeing");
    assertThat(verbForms("criticize").keySet())
        .containsExactly("criticize", "criticizes", "criticized", "criticizing");
    assertThat(verbForms("summon").keySet())
        .containsExactly("summon", "summons", "summoned", "summoning");
    assertThat(verbForms("attack").keySet())
        .containsExactly("attack", "attacks", "attacked", "attacking");
  }

  @Test
  void irregularAndDoublingVerbs() {
    Map<String, Integer> meet = verbForms("meet");
    assertThat(meet).containsEntry("met", Form.PAST | Form.PP).containsKey("meeting");
    assertThat(verbForms("shoot")).containsEntry("shot", Form.PAST | Form.PP);
    assertThat(verbForms("strike")).containsKeys("struck", "stricken");
    assertThat(verbForms("cancel"))
        .containsKeys("canceled", "cancelled", "canceling", "cancelling");
    assertThat(verbForms("ban")).containsKeys("banned", "banning")
        .doesNotContainKey("baned");
    assertThat(verbForms("expel")).containsKeys("expelled", "expelling");
  }

  @Test
  void nounForms() {
    assertThat(inflector.forms("arrest", Inflector.WordClass.NOUN).keySet()).containsExactly("arrest", "arrests");
    assertThat(inflector.forms("talks", Inflector.WordClass.NOUN).keySet()).containsExactly("talks");
    assertThat(inflector.forms("killing", Inflector.WordClass.NOUN).keySet()).containsExactly("killing");
  }

  @Test
  void bundledLexiconCoversAllTwentyRootsWithKnownCodes() throws IOException {
    WordTable words = new WordTable();
    PatternLexicon lexicon = PatternLexicon.of(DataFiles.readTsv(RuleEventCoder.class,
        "verbs_en.tsv", 3), words, inflector, TAXONOMY, "verbs_en.tsv");
    assertThat(lexicon.size()).isGreaterThanOrEqualTo(150);
    Set<String> roots = new TreeSet<>();
    for (int id = 0; id < words.size(); id++) {
      for (Pattern p : lexicon.startingWith(id)) {
        roots.add(p.code().substring(0, 2));
        assertThat(TAXONOMY.get(p.code())).as(p.text()).isPresent();
      }
    }
    assertThat(roots).hasSize(20).contains("01", "10", "20");
  }

  @Test
  void gapPatternMatchesInflectedHeadAcrossOtherWords() throws IOException {
    WordTable words = new WordTable();
    FunctionWords grammar = FunctionWords.of(rows(",\tCOMMA\n"), words,
        "g");
    PatternLexicon lexicon = PatternLexicon.of(rows(
        "summon ~ ambassador|chargé\tv\t114\n" + "summon\tv\t114\n"), words, inflector, TAXONOMY,
        "t");
    String text = "Baku summoned Russia's chargé d'affaires";
    Tokens tokens = Fixture.TOKENS.tokenize(text);
    int[] wid = new int[tokens.size()];
    long[] roles = new long[tokens.size()];
    for (int i = 0; i < wid.length; i++) {
      wid[i] = words.find(text, tokens.start(i), tokens.end(i));
      roles[i] = grammar.roles(wid[i]);
    }
    Pattern[] cands = lexicon.startingWith(wid[1]);
    assertThat(cands).hasSize(2);
    assertThat(cands[0].text()).isEqualTo("summon ~ ambassador|chargé"); // longer first
    int[] last = new int[4];
    assertThat(cands[0].match(wid, roles, 1, wid.length, last)).isEqualTo(3);
    assertThat(cands[0].headForm(wid[1])).isEqualTo(Form.PAST | Form.PP);
    // A comma stops the gap.
    String cut = "Baku summoned, among others, the chargé";
    Tokens t2 = Fixture.TOKENS.tokenize(cut);
    int[] wid2 = new int[t2.size()];
    long[] roles2 = new long[t2.size()];
    for (int i = 0; i < wid2.length; i++) {
      wid2[i] = words.find(cut, t2.start(i), t2.end(i));
      roles2[i] = grammar.roles(wid2[i]);
    }
    assertThat(cands[0].match(wid2, roles2, 1, wid2.length, last)).isEqualTo(-1);
  }

  @Test
  void badLinesAreRejectedWithTheirLineNumber() {
    assertThatThrownBy(() -> PatternLexicon.of(rows(
        "# header\nsummon\tv\t999\n"), new WordTable(), inflector, TAXONOMY, "x.tsv"))
        .hasMessageContaining("x.tsv: summon").hasMessageContaining("999");
    assertThatThrownBy(() -> PatternLexicon.of(rows(
        "summon\tq\t114\n"), new WordTable(), inflector, TAXONOMY, "x.tsv"))
        .hasMessageContaining("pos");
    assertThatThrownBy(() -> PatternLexicon.of(rows(
        "summon\tv\t114\tloud\n"), new WordTable(), inflector, TAXONOMY, "x.tsv"))
        .hasMessageContaining("unknown flag loud");
  }

  @Test
  void wordTableIsCaseAndApostropheInsensitive() {
    WordTable t = new WordTable();
    int id = t.add("didn't");
    assertThat(t.find("Moscow DIDN’T respond", 7, 13)).isEqualTo(id);
    assertThat(t.find("didnt", 0, 5)).isEqualTo(-1);
    for (int i = 0; i < 5000; i++) {
      t.add("w" + i);
    }
    assertThat(t.find("W4999", 0, 5)).isEqualTo(t.add("w4999"));
    assertThat(t.size()).isEqualTo(5001);
  }

  private static java.util.Map<String, Integer> verbForms(String lemma) {
    return inflector.forms(lemma, Inflector.WordClass.VERB);
  }
}
