package org.caspian.analysis.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges a generated lexicon (converted from a peer dictionary) under a hand-made one: the
 * hand-made file wins on conflict. A verb or noun the hand-made file uses as the first word of any
 * of its patterns is taken out of the generated patterns' first element (its behaviour there is
 * deliberate: flags, embedded acts, exceptions), a generated pattern left with no first word is
 * dropped, and so is one whose text the hand-made file already has. The same rule keeps a
 * hand-made irregular verb over a generated one. Surviving generated rows get the {@code peer}
 * flag.
 */
final class LexiconMerge {
  private LexiconMerge() {}

  /**
   * Hand-made pattern rows followed by the generated rows that survive the merge; {@code excluded}
   * rows (first word, reason) name generated first words to drop outright.
   */
  static List<String[]> patterns(List<String[]> hand, List<String[]> generated,
      List<String[]> excluded) {
    Set<String> heads = new HashSet<>();
    for (String[] r : excluded) {
      heads.add("v:" + r[0]);
    }
    Set<String> texts = new HashSet<>();
    for (String[] r : hand) {
      texts.add(r[0]);
      for (String alt : first(r[0]).split("\\|")) {
        heads.add(r[1] + ":" + (alt.startsWith("=") ? alt.substring(1) : alt));
      }
    }
    List<String[]> out = new ArrayList<>(hand);
    for (String[] r : generated) {
      List<String> kept = new ArrayList<>();
      for (String alt : first(r[0]).split("\\|")) {
        String word = alt.startsWith("=") ? alt.substring(1) : alt;
        if (!heads.contains(r[1] + ":" + word)) {
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
