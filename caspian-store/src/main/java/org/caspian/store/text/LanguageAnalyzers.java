package org.caspian.store.text;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.caspian.analysis.lexicon.CaseEndingStemmer;

/**
 * The analyzer of each language that has its own search fields:
 *
 * <ul>
 *   <li>en, tr, fa, uk: Lucene's analyzers for the language (Snowball stemmers for English and
 *       Turkish, Persian normalisation, Ukrainian lemmas from the morfologik dictionary).
 *   <li>ru: lower case, then each word's lemmas from LanguageTool's dictionary ({@link
 *       RussianLemmas}) beside the word.
 *   <li>hy: lower case, then the bases the Armenian case endings allow beside each word.
 *   <li>az: Turkish lower case (İ → i, I → ı), the bases the Azerbaijani case endings allow, the
 *       English spellings of {@code spellings_az.tsv}, then ICU folding (UTR #30: case, accents,
 *       "ə" → a, "ı" → i).
 *   <li>ka: ICU folding.
 * </ul>
 *
 * <p>The same analyzer reads the documents and the queries, so a query word meets a document word
 * whenever one of the terms added beside them is shared.
 */
final class LanguageAnalyzers {
  private LanguageAnalyzers() {}

  /** A new analyzer for each language of {@link LanguageFields#LANGUAGES}. */
  static Map<String, Analyzer> create() {
    RussianLemmas russian = new RussianLemmas();
    CaseEndingStemmer armenian = CaseEndingStemmer.bundled("hy");
    CaseEndingStemmer azerbaijani = CaseEndingStemmer.bundled("az");
    SpellingVariants azSpellings = SpellingVariants.azerbaijani();
    return Map.of(
        "en", new EnglishAnalyzer(),
        "tr", new TurkishAnalyzer(),
        "fa", new PersianAnalyzer(),
        "uk", new UkrainianMorfologikAnalyzer(),
        "ru", chain(russian),
        "hy", chain(armenian::bases),
        "az", azerbaijani(azerbaijani, azSpellings),
        "ka", folding());
  }

  /** Standard tokens, lower case, and the alternatives a function gives beside each word. */
  private static Analyzer chain(Function<String, List<String>> alternatives) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokens = new StandardTokenizer();
        TokenStream s = new AlternativesFilter(new LowerCaseFilter(tokens), alternatives);
        return new TokenStreamComponents(tokens, s);
      }
    };
  }

  private static Analyzer azerbaijani(CaseEndingStemmer stemmer, SpellingVariants spellings) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokens = new StandardTokenizer();
        TokenStream s = new TurkishLowerCaseFilter(tokens);
        s = new AlternativesFilter(s, stemmer::bases);
        s = new AlternativesFilter(s, spellings::of);
        s = new RemoveDuplicatesTokenFilter(new ICUFoldingFilter(s));
        return new TokenStreamComponents(tokens, s);
      }
    };
  }

  private static Analyzer folding() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokens = new StandardTokenizer();
        return new TokenStreamComponents(tokens, new ICUFoldingFilter(tokens));
      }
    };
  }
}
