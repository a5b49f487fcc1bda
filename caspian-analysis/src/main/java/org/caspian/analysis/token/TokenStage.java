package org.caspian.analysis.token;

import java.util.Arrays;
import java.util.Set;
import org.caspian.analysis.Stage;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Layer;
import org.caspian.model.Tokens;

/**
 * Splits text into word and punctuation tokens.
 *
 * <p>A word is a run of letters, digits and combining marks; an apostrophe, hyphen or period
 * between two letters or digits stays inside it ("Oxu.Az", "44-day", "Sheikh's", "U.S" plus the
 * final period as its own token). Every other non-space character is a token of its own. Works for
 * Latin, Cyrillic, Armenian, Georgian and Arabic scripts alike. Stateless and thread-safe.
 */
public final class TokenStage implements Stage {

  @Override
  public String name() {
    return "tokens";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.TOKENS);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    return in.withTokens(tokenize(in.text()));
  }

  /** Tokenizes {@code text}. */
  public Tokens tokenize(String text) {
    int n = text.length();
    int[] starts = new int[Math.max(16, n / 5)];
    int[] ends = new int[starts.length];
    int count = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isWordChar(text, i)) {
        i = wordEnd(text, i);
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count] = i;
      count++;
    }
    return new Tokens(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
  }

  private static int wordEnd(String text, int from) {
    int n = text.length();
    int i = from;
    while (i < n) {
      if (isWordChar(text, i)) {
        i += Character.charCount(text.codePointAt(i));
      } else if (isJoiner(text.charAt(i)) && i + 1 < n && isWordChar(text, i + 1)
          && i > from && isWordChar(text, i - 1)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '’' || c == '-' || c == '.' || c == '‑';
  }

  private static boolean isWordChar(String text, int i) {
    int cp = text.codePointAt(i);
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
