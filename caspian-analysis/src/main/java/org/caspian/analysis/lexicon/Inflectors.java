package org.caspian.analysis.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caspian.analysis.morph.RussianMorphology;
import org.caspian.analysis.morph.SuffixMorphology;

/**
 * The {@link Inflector} of each language, loaded from the data files of this package: English
 * from {@code inflections_en.tsv} (hand-made irregular verbs, which win) and {@code
 * inflections_petrarch_en.tsv} (generated from PETRARCH-2); Armenian and Azerbaijani from
 * {@code case_endings.tsv}; Russian from LanguageTool's dictionary ({@link DictionaryInflector}
 * over {@link RussianMorphology}, loaded on first use), with the {@code case_endings.tsv} rules
 * for names the dictionary does not know; Armenian and Azerbaijani verbs and common nouns from
 * {@link SuffixMorphology}, their names from the case-ending rules. A language without rules gets {@link Inflector#NONE}.
 * Immutable and thread-safe.
 */
public final class Inflectors {
  private final Map<String, Inflector> byLanguage;

  private Inflectors(Map<String, Inflector> byLanguage) {
    this.byLanguage = Map.copyOf(byLanguage);
  }

  /** The inflectors of the bundled data files. */
  public static Inflectors bundled() {
    Map<String, Inflector> out = new HashMap<>();
    out.put("en", EnglishInflector.of(mergeIrregular(
        DataFiles.readTsv(Inflectors.class, "inflections_en.tsv", 5),
        DataFiles.readTsv(Inflectors.class, "inflections_petrarch_en.tsv", 5)),
        "inflections_en.tsv + inflections_petrarch_en.tsv"));
    Map<String, List<SuffixInflector.Rule>> rules = caseEndingRules();
    rules.forEach((lang, list) -> out.put(lang, new SuffixInflector(lang, list)));
    out.put("ru", new DictionaryInflector(RussianMorphology::load, out.get("ru"), true));
    for (String lang : List.of("az", "hy")) { // verbs and nouns from the suffixes; names as before
      out.put(lang, new DictionaryInflector(() -> SuffixMorphology.load(lang), out.get(lang),
          false));
    }
    return new Inflectors(out);
  }

  /** The inflector of {@code lang} (an ISO 639-1 code), {@link Inflector#NONE} when there is none. */
  public Inflector forLanguage(String lang) {
    return byLanguage.getOrDefault(lang, Inflector.NONE);
  }

  /** The rules of {@code case_endings.tsv} by language, in file order. */
  static Map<String, List<SuffixInflector.Rule>> caseEndingRules() {
    Map<String, List<SuffixInflector.Rule>> rules = new LinkedHashMap<>();
    for (DataFiles.Row row : DataFiles.readRows(Inflectors.class, "case_endings.tsv", 4)) {
      List<SuffixInflector.Suffix> suffixes = new ArrayList<>();
      for (String s : row.get(3).split("\\|")) {
        boolean place = s.endsWith("*");
        suffixes.add(new SuffixInflector.Suffix(place ? s.substring(0, s.length() - 1) : s,
            place));
      }
      int strip;
      try {
        strip = Integer.parseInt(row.get(2));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(row.where() + ": strip must be a number: " + row.get(2),
            e);
      }
      rules.computeIfAbsent(row.get(0), k -> new ArrayList<>())
          .add(new SuffixInflector.Rule(row.get(1), strip, suffixes));
    }
    return rules;
  }

  /** Hand-made irregular verbs, then the generated ones for other lemmas. */
  static List<String[]> mergeIrregular(List<String[]> hand, List<String[]> generated) {
    Set<String> lemmas = new HashSet<>();
    for (String[] r : hand) {
      lemmas.add(r[0]);
    }
    List<String[]> out = new ArrayList<>(hand);
    for (String[] r : generated) {
      if (lemmas.add(r[0])) {
        out.add(r);
      }
    }
    return out;
  }
}
