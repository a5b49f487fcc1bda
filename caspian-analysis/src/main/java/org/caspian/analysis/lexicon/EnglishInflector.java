package org.caspian.analysis.lexicon;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The English {@link Inflector}: spells out the forms of verbs and nouns for the pattern lexicon: regular rules
 * ("accuse" → accuses, accused, accusing; "deny" → denies, denied) plus the irregular and
 * consonant-doubling verbs listed in {@code inflections_en.tsv} (columns lemma, third person,
 * past, past participle, -ing form; alternatives split by "|", "-" keeps the rule's form).
 * Names have only their own spelling (the possessive is split off by the tokenizer). Immutable
 * once loaded.
 */
public final class EnglishInflector implements Inflector {
  private final Map<String, String[]> irregular;

  private EnglishInflector(Map<String, String[]> irregular) {
    this.irregular = Map.copyOf(irregular);
  }

  /** Builds the inflector from the rows of {@code inflections_en.tsv}. */
  public static EnglishInflector of(List<String[]> rows, String name) {
    Map<String, String[]> map = new HashMap<>();
    for (String[] f : rows) {
      if (f.length != 5) {
        throw new IllegalArgumentException(name + ": " + f[0] + ": expected 5 columns");
      }
      for (String field : f) {
        for (String form : field.split("\\|")) {
          if (!form.strip().equals("-") && form.chars().noneMatch(Character::isLetter)) {
            throw new IllegalArgumentException(name + ": " + f[0] + ": form '" + form
                + "' is not a word");
          }
        }
      }
      map.put(f[0], new String[] {f[1], f[2], f[3], f[4]});
    }
    return new EnglishInflector(map);
  }

  @Override
  public Map<String, Integer> forms(String word, WordClass wordClass) {
    switch (wordClass) {
      case VERB:
        return verbForms(word);
      case NOUN:
        return nounForms(word);
      default:
        return Map.of(word, Form.BASE);
    }
  }

  /** Every spelling of verb {@code lemma}, each with its {@link Form} bits. */
  private Map<String, Integer> verbForms(String lemma) {
    Map<String, Integer> out = new LinkedHashMap<>();
    out.merge(lemma, Form.BASE, (a, b) -> a | b);
    String[] irr = irregular.get(lemma);
    put(out, irr == null ? "-" : irr[0], thirdPerson(lemma), Form.S);
    put(out, irr == null ? "-" : irr[1], past(lemma), Form.PAST);
    put(out, irr == null ? "-" : irr[2], past(lemma), Form.PP);
    put(out, irr == null ? "-" : irr[3], ing(lemma), Form.ING);
    return out;
  }

  /** Singular and plural of noun {@code word}; words already ending in "s" are kept as they are. */
  private Map<String, Integer> nounForms(String word) {
    Map<String, Integer> out = new LinkedHashMap<>();
    out.put(word, Form.NOUN);
    if (!word.endsWith("s") && !word.endsWith("ing")) {
      out.put(thirdPerson(word), Form.NOUN);
    }
    return out;
  }

  private static void put(Map<String, Integer> out, String listed, String rule, int form) {
    if (listed.equals("-")) {
      out.merge(rule, form, (a, b) -> a | b);
      return;
    }
    for (String s : listed.split("\\|")) {
      out.merge(s.strip(), form, (a, b) -> a | b);
    }
  }

  static String thirdPerson(String w) {
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch")
        || w.endsWith("sh") || w.endsWith("o")) {
      return w + "es";
    }
    if (consonantY(w)) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    return w + "s";
  }

  static String past(String w) {
    if (w.endsWith("e")) {
      return w + "d";
    }
    if (consonantY(w)) {
      return w.substring(0, w.length() - 1) + "ied";
    }
    return w + "ed";
  }

  static String ing(String w) {
    if (w.endsWith("ie")) {
      return w.substring(0, w.length() - 2) + "ying";
    }
    if (w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ye") && !w.endsWith("oe")
        && w.length() > 2) {
      return w.substring(0, w.length() - 1) + "ing";
    }
    return w + "ing";
  }

  private static boolean consonantY(String w) {
    return w.length() > 1 && w.endsWith("y") && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0;
  }
}
