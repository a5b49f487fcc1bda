package org.caspian.store.lucene;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes diacritics from each token (canonical decomposition, drop non-spacing marks, recompose),
 * so that "Qarabağ", "Erdoğan" and "Ёлка" match "qarabag", "erdogan" and "елка" (letters
 * without a decomposition, such as "ə", are kept). Meant to run
 * after case folding. Tokens made only of ASCII pass through untouched.
 *
 * <p>The folding of the shared title and text fields since schema 1, when Lucene's {@code
 * ICUFoldingFilter} could not read its data under the ICU4J release then pinned. The shared fields
 * keep it so that indexes of schema 1 still answer; the per-language fields of schema 2 use ICU
 * folding where it helps ({@code org.caspian.store.text.LanguageFields}).
 */
public final class DiacriticFoldingFilter extends TokenFilter {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final StringBuilder folded = new StringBuilder();

  /** Folds the tokens of {@code input}. */
  public DiacriticFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!needsFolding(term.buffer(), term.length())) {
      return true;
    }
    String decomposed = NFD.normalize(term);
    folded.setLength(0);
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      if (UCharacter.getType(cp) != UCharacterCategory.NON_SPACING_MARK) {
        folded.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    if (folded.length() == 0) {
      return true; // a token of marks only: keep it as it was
    }
    String recomposed = NFC.normalize(folded);
    term.setEmpty().append(recomposed);
    return true;
  }

  private static boolean needsFolding(char[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      if (buffer[i] >= 0x80) {
        return true;
      }
    }
    return false;
  }
}
