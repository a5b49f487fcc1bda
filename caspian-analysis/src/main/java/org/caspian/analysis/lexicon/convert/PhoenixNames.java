package org.caspian.analysis.lexicon.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the upper-case names of the Phoenix dictionaries into the forms Caspian's actor files
 * hold, which are matched as written: "UNITED NATIONS" becomes "United Nations", "ASIA-PACIFIC"
 * "Asia-Pacific", "U.N. SECURITY COUNCIL" "U.N. Security Council". Words with a period or without
 * a vowel stay in capitals (acronyms); in organisation names so do other words of up to three
 * letters ("UN", "EU") unless they are ordinary short words. A one-word organisation name is kept
 * in capitals, plus a title-case form when it is six letters or longer ("UNICEF", "Unicef").
 * Parenthesised acronyms become forms of their own; a leading "THE" is dropped.
 */
final class PhoenixNames {
  private static final Pattern PAREN = Pattern.compile("\\(([^)]*)\\)");
  private static final Set<String> LOWER = Set.of("OF", "THE", "AND", "FOR", "ON", "IN", "TO",
      "AT", "DE", "DU", "DES", "LA", "LE", "DEL", "DI", "Y", "VAN", "VON", "DER", "DA", "DOS");
  private static final Set<String> PERSON_LOWER = Set.of("DE", "DU", "DES", "DEL", "DI", "DA",
      "DOS", "VAN", "VON", "DER", "LA", "LE");
  private static final Set<String> SHORT_WORDS = Set.of("NEW", "RED", "OLD", "WAR", "AID", "ONE",
      "TWO", "ALL", "OUR", "ART", "LAW", "SEA", "AIR", "OIL", "GAS", "TAX", "AGE", "BAN", "KIM",
      "ALI", "ABU", "BIN", "IBN", "AL", "EL", "MAN", "MEN", "BAY", "GUN", "ARM", "DAY", "SON",
      "WAY", "FREE", "BAR", "MAY", "JUN", "JAN", "LEE", "HAN", "LI", "MA", "WU", "XI", "HU");
  private static final String ALLOWED = ".'-& ";

  private PhoenixNames() {}

  /** Forms of an organisation name; empty when the name cannot be written as Caspian words. */
  static List<String> organisation(String caps) {
    List<String> out = new ArrayList<>();
    String name = caps;
    Matcher m = PAREN.matcher(name);
    while (m.find()) {
      String acronym = m.group(1).strip();
      if (acronym.length() >= 2 && acronym.chars().allMatch(Character::isLetter)) {
        out.add(acronym.toUpperCase(Locale.ROOT));
      }
    }
    name = PAREN.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").strip();
    if (name.startsWith("THE ")) {
      name = name.substring(4);
    }
    if (!writable(name)) {
      return out;
    }
    if (!name.contains(" ") && !name.contains("-")) {
      out.add(0, name);
      if (name.length() >= 6 && hasVowel(name) && !name.contains(".")) {
        out.add(1, titleWord(name, true));
      }
      return out;
    }
    out.add(0, title(name, false));
    return out;
  }

  /** The form of a person's name, or null when it cannot be written as Caspian words. */
  static String person(String caps) {
    if (!writable(caps) || caps.contains("'") || caps.contains("(")) {
      return null;
    }
    return title(caps, true);
  }

  static boolean writable(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) && ALLOWED.indexOf(c) < 0) {
        return false;
      }
    }
    return Character.isLetterOrDigit(s.charAt(0));
  }

  /** Title-cases every word and every hyphen-separated part. */
  static String title(String caps, boolean person) {
    String[] words = caps.split(" ");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        out.append(' ');
      }
      String[] parts = words[i].split("-", -1);
      for (int j = 0; j < parts.length; j++) {
        if (j > 0) {
          out.append('-');
        }
        String p = parts[j];
        boolean first = i == 0 && j == 0;
        Set<String> lower = person ? PERSON_LOWER : LOWER;
        if (!first && lower.contains(p.toUpperCase(Locale.ROOT))) {
          out.append(p.toLowerCase(Locale.ROOT));
        } else {
          out.append(titleWord(p, person));
        }
      }
    }
    return out.toString();
  }

  private static String titleWord(String w, boolean person) {
    String up = w.toUpperCase(Locale.ROOT);
    if (w.isEmpty() || w.contains(".") || !hasVowel(w)
        || (!person && w.length() <= 3 && !SHORT_WORDS.contains(up))) {
      return w;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (up.startsWith("MC") && w.length() > 3) {
      return "Mc" + Character.toUpperCase(lower.charAt(2)) + lower.substring(3);
    }
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static boolean hasVowel(String w) {
    for (int i = 0; i < w.length(); i++) {
      if ("AEIOUYaeiouy".indexOf(w.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
