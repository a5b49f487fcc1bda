package org.caspian.store.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class LanguageFieldsTest {
  private static final Map<String, Analyzer> ANALYZERS = LanguageFields.analyzers();

  /** Terms by position: "a/b" where b is stacked on a. */
  private static List<String> positions(String lang, String text) throws IOException {
    return positions(ANALYZERS.get(LanguageFields.text(lang)), text);
  }

  private static List<String> positions(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() == 0 && !out.isEmpty()) {
          out.set(out.size() - 1, out.get(out.size() - 1) + "/" + term);
        } else {
          out.add(term.toString());
        }
      }
      ts.end();
    }
    return out;
  }

  @Test
  void icu_folding_loads_its_data_and_folds_schwa() throws IOException {
    Analyzer folding = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new StandardTokenizer();
        return new TokenStreamComponents(t, new ICUFoldingFilter(t));
      }
    };
    assertThat(positions(folding, "Əliyev ƏLİYEV Qarabağ Şuşa ﬁnal"))
        .containsExactly("aliyev", "aliyev", "qarabag", "susa", "final");
  }

  @Test
  void every_language_has_an_analyzer_for_title_and_text() {
    for (String lang : LanguageFields.LANGUAGES) {
      assertThat(ANALYZERS).containsKeys(LanguageFields.title(lang), LanguageFields.text(lang));
    }
    assertThat(LanguageFields.covers("az")).isTrue();
    assertThat(LanguageFields.covers("und")).isFalse();
    assertThat(LanguageFields.covers(null)).isFalse();
  }

  @Test
  void russian_words_meet_their_lemma() throws IOException {
    assertThat(positions("ru", "Пашиняну позвонил")).first().asString()
        .contains("пашиняну").contains("/пашинян");
    assertThat(positions("ru", "Пашинян")).singleElement().asString().startsWith("пашинян");
    // a surname the dictionary does not know still loses its case ending by case_endings.tsv
    assertThat(positions("ru", "Бабаджаняну")).singleElement().asString()
        .contains("/бабаджанян");
  }

  @Test
  void armenian_case_endings_are_stripped_by_the_data_file() throws IOException {
    assertThat(positions("hy", "Փաշինյանը Երևանում")).containsExactly(
        "փաշինյանը/փաշինյան", "երևանում/երևան");
  }

  @Test
  void azerbaijani_cases_spellings_and_folding() throws IOException {
    List<String> t = positions("az", "Bakıda Əliyev Paşinyanla");
    assertThat(t.get(0).split("/")).contains("bakida", "baki");
    assertThat(t.get(1).split("/")).contains("aliyev", "eliyev");
    assertThat(t.get(2).split("/")).contains("pasinyan", "pashinyan");
    assertThat(positions("az", "Ceyhun Xankəndi").get(0).split("/")).contains("jeyhun");
    assertThat(positions("az", "Ceyhun Xankəndi").get(1).split("/")).contains("khankendi");
    // the English spelling of a query is already one of the indexed spellings
    assertThat(positions("az", "Aliyev Pashinyan Bayramov"))
        .containsExactly("aliyev", "pashinyan", "bayramov");
    // Turkish casing: İ is i, I is ı (then folded)
    assertThat(positions("az", "İLHAM")).singleElement().asString().startsWith("ilham");
  }

  @Test
  void turkish_persian_ukrainian_english_and_georgian() throws IOException {
    assertThat(positions("tr", "Erdoğan'ın")).containsExactly("erdoğa");
    assertThat(positions("en", "ambassadors summoned")).containsExactly("ambassador", "summon");
    assertThat(positions("ka", "ᲗᲑᲘᲚᲘᲡᲘ თბილისი")).hasSize(2);
    assertThat(positions("fa", "پزشکیان")).containsExactly("پزشكيان");
    assertThat(String.join(" ", positions("uk", "Зеленському"))).contains("зеленський");
  }

  @Test
  void stacked_terms_keep_the_offsets_of_their_word() throws IOException {
    Analyzer az = ANALYZERS.get(LanguageFields.text("az"));
    try (TokenStream ts = az.tokenStream("f", "in Bakıda")) {
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      assertThat(ts.incrementToken()).isTrue();
      int stacked = 0;
      while (ts.incrementToken()) {
        assertThat(off.startOffset()).isEqualTo(3);
        assertThat(off.endOffset()).isEqualTo(9);
        stacked += inc.getPositionIncrement() == 0 ? 1 : 0;
      }
      ts.end();
      assertThat(stacked).isPositive();
    }
  }

  @Test
  void spellings_are_capped() {
    assertThat(SpellingVariants.azerbaijani().of("x".repeat(200))).hasSize(SpellingVariants.MAX);
    assertThat(SpellingVariants.azerbaijani().of("şuşa"))
        .contains("şuşa", "shusha", "shuşa", "şusha");
  }
}
