package org.caspian.analysis.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caspian.analysis.morph.VowelHarmony;

/**
 * The inverse of the case-ending rules of {@code case_endings.tsv}: the dictionary forms a word in
 * running text can be a case form of ("bakıda" → bakı, "փաշինյանը" → փաշինյան, "пашиняну" →
 * пашинян). A base is kept only when the very rule the {@link Inflector} of the language would
 * apply to it spells out the word again, Azerbaijani vowel harmony and buffer consonants included,
 * so the stemmer never strips what the rules could not have added. A word may have several bases
 * ("bakı" is itself the dictionary form, or "bak" with a possessive ı); all are returned, and a
 * search that indexes every base of a word matches its forms to each other. Immutable and
 * thread-safe.
 */
public final class CaseEndingStemmer {
  /** Bases shorter than this many characters are never returned. */
  private static final int MIN_BASE = 3;

  private final String lang;
  private final SuffixInflector inflector;
  /**
   * Every written form of every suffix, with the letters its rule strips from the base, by the
   * last letter of the form.
   */
  private final Map<Character, List<Ending>> endings;

  /** One spelling of a suffix template of rule number {@code rule}. */
  private record Ending(String surface, String restore, int rule, String template) {}

  private CaseEndingStemmer(String lang, List<SuffixInflector.Rule> rules) {
    this.lang = lang;
    this.inflector = new SuffixInflector(lang, rules);
    Map<Character, List<Ending>> all = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      SuffixInflector.Rule r = rules.get(i);
      String restore = literal(r.ending()) && r.strip() > 0
          ? r.ending().substring(r.ending().length() - r.strip()) : "";
      if (r.strip() > 0 && !literal(r.ending())) {
        continue; // the stripped letters cannot be told back
      }
      for (SuffixInflector.Suffix s : r.suffixes()) {
        for (String surface : VowelHarmony.spellings(s.template())) {
          if (!surface.isEmpty()) {
            all.computeIfAbsent(surface.charAt(surface.length() - 1), k -> new ArrayList<>())
                .add(new Ending(surface, restore, i, s.template()));
          }
        }
      }
    }
    all.replaceAll((k, v) -> List.copyOf(v));
    this.endings = Map.copyOf(all);
  }

  /**
   * The stemmer of {@code lang} from the bundled {@code case_endings.tsv}; a language without rules
   * gets a stemmer that finds no base.
   */
  public static CaseEndingStemmer bundled(String lang) {
    Map<String, List<SuffixInflector.Rule>> rules = Inflectors.caseEndingRules();
    return new CaseEndingStemmer(lang, rules.getOrDefault(lang, List.of()));
  }

  /** The language whose rules this stemmer inverts. */
  public String language() {
    return lang;
  }

  /**
   * The dictionary forms {@code word} (lower case) is a case form of, longest first, without the
   * word itself; empty when it is no case form the rules could make.
   */
  public List<String> bases(String word) {
    List<String> out = new ArrayList<>(2);
    if (word.isEmpty()) {
      return out;
    }
    for (Ending e : endings.getOrDefault(word.charAt(word.length() - 1), List.of())) {
      int cut = word.length() - e.surface().length();
      if (cut < 1 || !word.endsWith(e.surface())) {
        continue;
      }
      String base = word.substring(0, cut) + e.restore();
      if (base.length() >= MIN_BASE && !base.equals(word) && !out.contains(base)
          && inflector.makes(base, e.rule(), e.template(), word)) {
        out.add(base);
      }
    }
    out.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return out;
  }

  private static boolean literal(String ending) {
    return !ending.equals("*") && !ending.startsWith("[");
  }

}
