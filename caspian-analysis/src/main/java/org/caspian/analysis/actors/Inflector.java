package org.caspian.analysis.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caspian.analysis.lexicon.DataFiles;

/**
 * Generates the case forms of a dictionary token from the rules in inflections.tsv (see the
 * header of that file for the rule format). Immutable and thread-safe.
 */
final class Inflector {

  /** One generated surface and whether it is a place case. */
  record Variant(String surface, boolean placeCase) {}

  private record Suffix(String template, boolean place) {}

  private record Rule(String ending, int strip, List<Suffix> suffixes) {
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

  private static final String AZ_VOWELS = "aıoueəiöüAIOUEƏİÖÜ";
  private static final String AZ_BACK = "aıouAIOU";

  private final Map<String, List<Rule>> rules;

  private Inflector(Map<String, List<Rule>> rules) {
    this.rules = Map.copyOf(rules);
  }

  /** Loads inflections.tsv. */
  static Inflector load() {
    Map<String, List<Rule>> rules = new HashMap<>();
    for (DataFiles.Row row : Tsv.read("inflections.tsv", 4)) {
      List<Suffix> suffixes = new ArrayList<>();
      for (String s : row.get(3).split("\\|")) {
        boolean place = s.endsWith("*");
        suffixes.add(new Suffix(place ? s.substring(0, s.length() - 1) : s, place));
      }
      rules.computeIfAbsent(row.get(0), k -> new ArrayList<>())
          .add(new Rule(row.get(1), Integer.parseInt(row.get(2)), suffixes));
    }
    return new Inflector(rules);
  }

  /** The inflected forms of {@code token} in {@code lang}, without the token itself. */
  List<Variant> expand(String token, String lang) {
    List<Rule> list = rules.get(lang);
    if (list == null || !inflectable(token, lang)) {
      return List.of();
    }
    for (Rule r : list) {
      if (r.matches(token)) {
        String stem = token.substring(0, token.length() - r.strip);
        List<Variant> out = new ArrayList<>(r.suffixes.size());
        for (Suffix s : r.suffixes) {
          String surface = "az".equals(lang) ? harmonize(stem, s.template) : stem + s.template;
          out.add(new Variant(surface, s.place));
        }
        return out;
      }
    }
    return List.of();
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
