package org.caspian.analysis.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caspian.analysis.morph.Features.GrammaticalCase;

/**
 * What case, and which preposition, marks the target and the source of a pattern in a language
 * that shows roles by case ({@link CaseRoleFinder}). Written in a pattern's flags as {@code
 * tgt=SLOTS} and {@code src=SLOTS}, slots separated by {@code |}, each a case ({@code nom gen dat
 * acc ins loc abl}) with an optional preposition before it: {@code tgt=acc}, {@code tgt=с+ins|со+ins},
 * {@code src=в+acc}. A word-order language leaves both empty ({@link #NONE}).
 *
 * @param targets slots that mark the target (the object of a verb, the patient of a noun)
 * @param sources slots that mark the source beside the nominative subject (the genitive agent of
 *     a noun, "в МИД" of a summons)
 */
record Government(List<Slot> targets, List<Slot> sources) {

  /** No government: roles come from word order. */
  static final Government NONE = new Government(List.of(), List.of());

  Government {
    targets = List.copyOf(targets);
    sources = List.copyOf(sources);
  }

  /**
   * One way of marking a role.
   *
   * @param prep the preposition in lower case, or "" for a bare case
   * @param cases bit mask over {@link GrammaticalCase#ordinal()}
   */
  record Slot(String prep, int cases) {

    /** Whether a phrase with preposition {@code p} ("" for none) and cases {@code c} fits. */
    boolean accepts(String p, int c) {
      return prep.equals(p) && (cases & c) != 0;
    }
  }

  /** Bit of one case in a case mask. */
  static int bit(GrammaticalCase c) {
    return 1 << c.ordinal();
  }

  /** Parses the slots of one flag value ("acc|с+ins"); errors name {@code where}. */
  static List<Slot> slots(String value, String where) {
    List<Slot> out = new ArrayList<>();
    for (String s : value.split("\\|")) {
      String t = s.strip().toLowerCase(Locale.ROOT);
      int plus = t.indexOf('+');
      String prep = plus < 0 ? "" : t.substring(0, plus);
      out.add(new Slot(prep, mask(t.substring(plus + 1), where)));
    }
    return out;
  }

  private static int mask(String name, String where) {
    switch (name) {
      case "nom": return bit(GrammaticalCase.NOMINATIVE);
      case "gen": return bit(GrammaticalCase.GENITIVE) | bit(GrammaticalCase.PARTITIVE);
      case "dat": return bit(GrammaticalCase.DATIVE);
      case "acc": return bit(GrammaticalCase.ACCUSATIVE);
      case "ins": return bit(GrammaticalCase.INSTRUMENTAL);
      case "loc": return bit(GrammaticalCase.PREPOSITIONAL) | bit(GrammaticalCase.LOCATIVE);
      case "abl": return bit(GrammaticalCase.ABLATIVE);
      default:
        throw new IllegalArgumentException(where + ": unknown case " + name);
    }
  }
}
