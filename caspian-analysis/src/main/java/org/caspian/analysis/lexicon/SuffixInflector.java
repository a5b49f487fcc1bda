package org.caspian.analysis.lexicon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link Inflector} of a language with case endings and no morphological dictionary here
 * (Russian, Armenian, Azerbaijani): the case forms of a word come from the first rule of {@code
 * case_endings.tsv} whose ending fits it (see the header of that file for the rule format).
 * Names and nouns are inflected; verbs keep their own spelling. Immutable and thread-safe.
 */
final class SuffixInflector implements Inflector {

  /** One ending rule: a word ending in {@code ending} drops {@code strip} letters, then takes each suffix. */
  record Rule(String ending, int strip, List<Suffix> suffixes) {
    boolean matches(String token) {
      if (ending.equals("*")) {
        return true;
      }
      if (ending.length() > 2 && ending.startsWith("[") && ending.endsWith("]")) {
        char last = token.charAt(token.length() - 1);
        return ending.indexOf(last, 1) > 0 && ending.indexOf(last, 1) < ending.length() - 1;
      }
      return token.endsWith(ending) && token.length() > ending.length();
    }
  }

  /** A suffix template and whether it makes a place case. */
  record Suffix(String template, boolean place) {}

  private static final String AZ_VOWELS = "aıoueəiöüAIOUEƏİÖÜ";
  private static final String AZ_BACK = "aıouAIOU";

  private final String lang;
  private final List<Rule> rules;

  SuffixInflector(String lang, List<Rule> rules) {
    this.lang = lang;
    this.rules = List.copyOf(rules);
  }

  @Override
  public Map<String, Integer> forms(String word, WordClass wordClass) {
    Map<String, Integer> out = new LinkedHashMap<>();
    out.put(word, wordClass == WordClass.NOUN ? Form.NOUN : Form.BASE);
    if (wordClass == WordClass.VERB || !inflectable(word, lang)) {
      return out;
    }
    for (Rule r : rules) {
      if (r.matches(word)) {
        String stem = word.substring(0, word.length() - r.strip);
        for (Suffix s : r.suffixes) {
          String surface = "az".equals(lang) ? harmonize(stem, s.template) : stem + s.template;
          out.merge(surface, Form.CASE | (s.place ? Form.PLACE_CASE : 0), (x, y) -> x | y);
        }
        return out;
      }
    }
    return out;
  }

  /**
   * Whether {@code word} is what {@link #forms} makes of {@code base} with the suffix template
   * {@code template} of rule number {@code rule}: the base is inflectable, that rule is the first
   * whose ending fits it, and the template spells out the word (one spelling of {@link #forms},
   * without building the others).
   */
  boolean makes(String base, int rule, String template, String word) {
    if (!inflectable(base, lang)) {
      return false;
    }
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      if (r.matches(base)) {
        if (i != rule) {
          return false;
        }
        String stem = base.substring(0, base.length() - r.strip);
        return word.equals("az".equals(lang) ? harmonize(stem, template) : stem + template);
      }
    }
    return false;
  }

  private static boolean inflectable(String token, String lang) {
    int letters = 0;
    boolean lower = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
        lower |= Character.isLowerCase(c);
        if (!scriptFits(c, lang)) {
          return false;
        }
      }
    }
    return letters >= 2 && lower;
  }

  private static boolean scriptFits(char c, String lang) {
    Character.UnicodeScript sc = Character.UnicodeScript.of(c);
    switch (lang) {
      case "ru":
        return sc == Character.UnicodeScript.CYRILLIC;
      case "hy":
        return sc == Character.UnicodeScript.ARMENIAN;
      default:
        return sc == Character.UnicodeScript.LATIN;
    }
  }

  /**
   * Resolves an Azerbaijani suffix template against {@code stem}: A is a or ə and I is ı, i, u
   * or ü by the last vowel so far; "(n)" is written only after a vowel.
   */
  static String harmonize(String stem, String template) {
    StringBuilder sb = new StringBuilder(stem.length() + template.length());
    sb.append(stem);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '(' && i + 2 < template.length() && template.charAt(i + 2) == ')') {
        if (sb.length() > 0 && AZ_VOWELS.indexOf(sb.charAt(sb.length() - 1)) >= 0) {
          sb.append(template.charAt(i + 1));
        }
        i += 2;
      } else if (c == 'A') {
        sb.append(AZ_BACK.indexOf(lastVowel(sb)) >= 0 ? 'a' : 'ə');
      } else if (c == 'I') {
        sb.append(fourWay(lastVowel(sb)));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static char lastVowel(CharSequence s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (AZ_VOWELS.indexOf(s.charAt(i)) >= 0) {
        return s.charAt(i);
      }
    }
    return 'e';
  }

  private static char fourWay(char v) {
    switch (v) {
      case 'a': case 'ı': case 'A': case 'I':
        return 'ı';
      case 'o': case 'u': case 'O': case 'U':
        return 'u';
      case 'ö': case 'ü': case 'Ö': case 'Ü':
        return 'ü';
      default:
        return 'i';
    }
  }
}
