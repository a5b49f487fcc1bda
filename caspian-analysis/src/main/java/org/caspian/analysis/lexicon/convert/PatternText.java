package org.caspian.analysis.lexicon.convert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Translates the part of a PETRARCH verb pattern that follows the verb ({@code * (TO BORDER)
 * {ARMS SHIPMENT} &FOOD}) into Caspian's pattern syntax: a prepositional phrase {@code (P X)} is
 * "p ~ x" (words may come between the preposition and its head), a compound {@code {A B}} is "a b"
 * (adjacent), a synonym set {@code &SET} is its single-word members as alternatives "a|b|c", and
 * top-level elements are joined by "~". A plain word also accepts its plural. PETRARCH's position
 * markers ({@code $} source, {@code +} target, {@code ^} skip, {@code %} compound) are dropped.
 * Returns {@code null} when an element cannot be expressed (an empty or unknown synonym set).
 */
final class PatternText {
  /** Words that never take a plural: prepositions and particles written as plain words. */
  private static final Set<String> FUNCTION_WORDS = Set.of("in", "on", "at", "to", "for", "of",
      "by", "with", "from", "into", "onto", "over", "about", "against", "up", "down", "out", "off",
      "as", "per", "under", "behind", "between", "through", "toward", "towards", "upon", "away",
      "back", "forward", "together", "apart", "aside", "not", "no", "the", "a", "an", "its",
      "their", "his", "her");

  private final SynonymSets sets;

  PatternText(SynonymSets sets) {
    this.sets = sets;
  }

  /** The Caspian form of {@code tail} (the text after "*"), "" when it is empty. */
  String translate(String tail) {
    List<String> units = units(tail);
    return units == null ? null : String.join(" ~ ", units);
  }

  /** The top-level elements of {@code s}, each already in Caspian syntax; null if one fails. */
  private List<String> units(String s) {
    List<String> units = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int end;
      String unit;
      if (c == '(' || c == '{') {
        end = closing(s, i);
        if (end < 0) {
          return null;
        }
        unit = c == '(' ? phrase(s.substring(i + 1, end)) : compound(s.substring(i + 1, end));
        end++;
      } else {
        end = i;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
          end++;
        }
        unit = word(s.substring(i, end), true);
      }
      if (unit == null) {
        return null;
      }
      if (!unit.isEmpty()) {
        units.add(unit);
      }
      i = end;
    }
    return units;
  }

  private static int closing(String s, int open) {
    char o = s.charAt(open);
    char close = o == '(' ? ')' : '}';
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      if (s.charAt(i) == o) {
        depth++;
      } else if (s.charAt(i) == close && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** "(P X ...)": the preposition as written, then its object after a gap. */
  private String phrase(String inner) {
    String t = inner.strip();
    int space = t.indexOf(' ');
    String prep = word(space < 0 ? t : t.substring(0, space), false);
    if (prep == null || space < 0) {
      return prep;
    }
    List<String> rest = units(t.substring(space + 1));
    if (rest == null) {
      return null;
    }
    List<String> all = new ArrayList<>();
    if (!prep.isEmpty()) {
      all.add(prep);
    }
    all.addAll(rest);
    return String.join(" ~ ", all);
  }

  /** "{A B}": adjacent words; only the last one also accepts its plural. */
  private String compound(String inner) {
    String[] parts = inner.strip().split("\\s+");
    List<String> words = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String w = word(parts[i], i == parts.length - 1);
      if (w == null) {
        return null;
      }
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return String.join(" ", words);
  }

  private String word(String token, boolean pluralize) {
    if (token.equals("$") || token.equals("+") || token.equals("^") || token.equals("%")) {
      return "";
    }
    if (token.startsWith("&")) {
      List<String> members = sets.members(token.substring(1));
      return members.isEmpty() ? null : String.join("|", new LinkedHashSet<>(members));
    }
    String w = token.toLowerCase(Locale.ROOT);
    boolean exact = w.endsWith("_");
    while (w.endsWith("_")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.isEmpty() || !w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-'
        || ch == '_' || ch == '\'')) {
      return null;
    }
    if (w.contains("_")) {
      return w.replace('_', ' ');
    }
    Set<String> alts = new LinkedHashSet<>();
    alts.add(w);
    if (pluralize && !exact && !adverb(w) && !FUNCTION_WORDS.contains(w)) {
      alts.add(plural(w));
    }
    return String.join("|", alts);
  }

  /** "positively", "strongly"; not "rally", "supply", "ally". */
  private static boolean adverb(String w) {
    return w.endsWith("ly") && w.length() > 5 && !w.endsWith("ply");
  }

  static String plural(String w) {
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
      return w.endsWith("s") ? w : w + "es";
    }
    if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    return w + "s";
  }
}
