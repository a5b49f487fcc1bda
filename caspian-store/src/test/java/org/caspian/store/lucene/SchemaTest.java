package org.caspian.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SchemaTest {
  private final Analyzer analyzer = Schema.analyzer();

  private List<String> terms(String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void text_is_case_and_diacritic_folded_across_scripts() throws IOException {
    assertThat(terms(Schema.TEXT, "Qarabağ, Erdoğan and İlham met in МОСКВЕ; Ёлка."))
        .containsExactly("qarabag", "erdogan", "and", "ilham", "met", "in", "москве", "елка");
    assertThat(terms(Schema.TEXT, "Հայաստան ﬁnal ＴＡＳＳ"))
        .containsExactly("հայաստան", "final", "tass");
  }

  @Test
  void keyword_fields_are_kept_verbatim() throws IOException {
    assertThat(terms(Schema.SOURCE, "Interfax Azerbaijan")).containsExactly("Interfax Azerbaijan");
    assertThat(terms(Schema.ACTOR, "RUSGOV")).containsExactly("RUSGOV");
  }

  @Test
  void odd_input_does_not_throw() throws IOException {
    assertThat(terms(Schema.TEXT, "")).isEmpty();
    assertThat(terms(Schema.TEXT, "\u0301\u0301 \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD")).isNotEmpty();
  }
}
