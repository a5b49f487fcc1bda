package org.caspian.analysis.lexicon.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The synonym sets of a PETRARCH dictionary: blocks that start with a line {@code &NAME} and list
 * one member a line as {@code +WORD}. Only single-word members are kept (a Caspian pattern element
 * is one token); a member's trailing underscore (PETRARCH's "do not stem") is dropped.
 */
final class SynonymSets {
  private final Map<String, List<String>> sets;

  private SynonymSets(Map<String, List<String>> sets) {
    this.sets = Map.copyOf(sets);
  }

  /** Reads the sets from a dictionary's lines. */
  static SynonymSets read(List<String> lines) {
    Map<String, List<String>> sets = new HashMap<>();
    List<String> current = null;
    for (String raw : lines) {
      String line = stripComment(raw).strip();
      if (line.startsWith("&") && line.length() > 1 && !line.contains(" ")) {
        current = new ArrayList<>();
        sets.put(key(line.substring(1)), current);
      } else if (current != null && line.startsWith("+")) {
        String w = line.substring(1).toLowerCase(Locale.ROOT);
        while (w.endsWith("_")) {
          w = w.substring(0, w.length() - 1);
        }
        if (!w.isEmpty() && w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
          current.add(w);
        }
      } else if (line.isEmpty() || line.startsWith("---")) {
        current = null;
      }
    }
    return new SynonymSets(sets);
  }

  /** The single-word members of set {@code name} (without "&"); empty when unknown. */
  List<String> members(String name) {
    return sets.getOrDefault(key(name), List.of());
  }

  /** Number of sets read. */
  int size() {
    return sets.size();
  }

  private static String key(String name) {
    String k = name.toUpperCase(Locale.ROOT);
    return k.endsWith("_") ? k.substring(0, k.length() - 1) : k;
  }

  static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash >= 0 ? line.substring(0, hash) : line;
  }
}
