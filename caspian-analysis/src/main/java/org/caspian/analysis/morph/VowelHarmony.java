package org.caspian.analysis.morph;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Azerbaijani suffix templates: {@code A} is a or ə and {@code I} is ı, i, u or ü by the last
 * vowel before it; a letter in parentheses ({@code (n)}, {@code (y)}, {@code (s)}) is a buffer
 * consonant, written only after a vowel; a {@code q} or {@code ğ} of the template after a front
 * vowel is written k or y ("görüşəcək", "görüşməyə"). Templates of other languages hold none of
 * these marks and read as plain text. Stateless.
 */
public final class VowelHarmony {
  private static final String VOWELS = "aıoueəiöü";
  private static final String BACK = "aıou";
  private static final String FRONT = "eəiöü";

  private VowelHarmony() {}

  /** {@code stem} (lower case) with {@code template} resolved against it. */
  static String apply(String stem, String template) {
    StringBuilder sb = new StringBuilder(stem.length() + template.length());
    sb.append(stem);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '(' && i + 2 < template.length() && template.charAt(i + 2) == ')') {
        if (sb.length() > 0 && VOWELS.indexOf(sb.charAt(sb.length() - 1)) >= 0) {
          sb.append(template.charAt(i + 1));
        }
        i += 2;
      } else if (c == 'A') {
        sb.append(BACK.indexOf(lastVowel(sb)) >= 0 ? 'a' : 'ə');
      } else if (c == 'I') {
        sb.append(fourWay(lastVowel(sb)));
      } else if ((c == 'q' || c == 'ğ') && FRONT.indexOf(lastVowel(sb)) >= 0) {
        sb.append(c == 'q' ? 'k' : 'y');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Every spelling {@code template} can take, for matching word endings (the search stemmer's
   * case endings use the same templates).
   */
  public static Set<String> spellings(String template) {
    Set<String> out = new LinkedHashSet<>();
    out.add("");
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      String[] choices;
      if (c == '(' && i + 2 < template.length() && template.charAt(i + 2) == ')') {
        choices = new String[] {"", String.valueOf(template.charAt(i + 1))};
        i += 2;
      } else if (c == 'A') {
        choices = new String[] {"a", "ə"};
      } else if (c == 'I') {
        choices = new String[] {"ı", "i", "u", "ü"};
      } else if (c == 'q' || c == 'ğ') {
        choices = new String[] {String.valueOf(c), c == 'q' ? "k" : "y"};
      } else {
        choices = new String[] {String.valueOf(c)};
      }
      Set<String> next = new LinkedHashSet<>();
      for (String prefix : out) {
        for (String ch : choices) {
          next.add(prefix + ch);
        }
      }
      out = next;
    }
    return out;
  }

  /** Whether {@code c} is an Azerbaijani vowel letter (lower case). */
  static boolean vowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }

  private static char lastVowel(CharSequence s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (VOWELS.indexOf(s.charAt(i)) >= 0) {
        return s.charAt(i);
      }
    }
    return 'e';
  }

  private static char fourWay(char v) {
    switch (v) {
      case 'a': case 'ı':
        return 'ı';
      case 'o': case 'u':
        return 'u';
      case 'ö': case 'ü':
        return 'ü';
      default:
        return 'i';
    }
  }
}
