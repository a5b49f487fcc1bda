package org.caspian.analysis.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges a generated lexicon (converted from a peer dictionary) under a hand-made one: the
 * hand-made file wins on conflict. A verb or noun the hand-made file has as a pattern on its own
 * ("promise", with its embedded acts and flags) is deliberate there and is taken out of every
 * generated pattern's first element. A word the hand-made file only uses inside longer patterns
 * ("give ~ ultimatum") is taken out of the generated single-word patterns ("give" alone would
 * code every giving as 060) but keeps its generated longer ones ("give ~ aid"), which fire only
 * where no hand-made pattern matches ({@link Pattern#score} ranks every hand-made pattern first).
 * A generated pattern left with no first word is dropped, and so is one whose text the hand-made
 * file already has. Surviving generated rows get the {@code peer} flag.
 */
final class LexiconMerge {
  private LexiconMerge() {}

  /**
   * Hand-made pattern rows followed by the generated rows that survive the merge; {@code excluded}
   * rows (first word, reason) name generated first words to drop outright.
   */
  static List<String[]> patterns(List<String[]> hand, List<String[]> generated,
      List<String[]> excluded) {
    Set<String> alone = new HashSet<>(); // heads the generated patterns may not use at all
    Set<String> inside = new HashSet<>(); // heads only their longer generated patterns may use
    for (String[] r : excluded) {
      alone.add("v:" + r[0]);
    }
    Set<String> texts = new HashSet<>();
    for (String[] r : hand) {
      texts.add(r[0]);
      boolean single = r[0].equals(first(r[0]));
      for (String alt : first(r[0]).split("\\|")) {
        (single ? alone : inside).add(r[1] + ":" + (alt.startsWith("=") ? alt.substring(1) : alt));
      }
    }
    List<String[]> out = new ArrayList<>(hand);
    for (String[] r : generated) {
      boolean single = r[0].equals(first(r[0]));
      List<String> kept = new ArrayList<>();
      for (String alt : first(r[0]).split("\\|")) {
        String key = r[1] + ":" + (alt.startsWith("=") ? alt.substring(1) : alt);
        if (!alone.contains(key) && !(single && inside.contains(key))) {
          kept.add(alt);
        }
      }
      if (kept.isEmpty()) {
        continue;
      }
      String rest = r[0].substring(first(r[0]).length());
      String text = String.join("|", kept) + rest;
      if (texts.add(text)) {
        String[] copy = java.util.Arrays.copyOf(r, 4);
        copy[0] = text;
        copy[3] = copy[3] == null || copy[3].isEmpty() ? "peer" : copy[3] + ",peer";
        out.add(copy);
      }
    }
    return out;
  }

  private static String first(String pattern) {
    int space = pattern.indexOf(' ');
    return space < 0 ? pattern : pattern.substring(0, space);
  }
}
