package org.caspian.analysis.tone;

import java.util.List;
import org.caspian.analysis.lexicon.DataFiles;
import org.caspian.analysis.lexicon.TermTrie;

/**
 * The polarity words and negation cues of one language (or of all languages merged, for texts in
 * a language without its own lexicon). Immutable.
 *
 * @param terms polarity terms; value {@link #POSITIVE}, {@link #NEGATIVE} or {@link #NEUTRAL} (a
 *     stopper: "мирные жители" keeps "мирн*" from matching "civilians")
 * @param cues negation and clause-break cues; value {@link #PRE}, {@link #POST}, {@link #BOTH} or
 *     {@link #BREAK}
 * @param size number of positive and negative terms loaded
 */
record ToneLexicon(TermTrie terms, TermTrie cues, int size) {
  static final int NEUTRAL = 0;
  static final int POSITIVE = 1;
  static final int NEGATIVE = 2;
  static final int PRE = 0;
  static final int POST = 1;
  static final int BOTH = 2;
  static final int BREAK = 3;

  /** Loads {@code lexicon-<lang>.tsv} and the {@code negators.tsv} rows of each language. */
  static ToneLexicon load(List<String> languages) {
    TermTrie.Builder terms = TermTrie.builder();
    TermTrie.Builder cues = TermTrie.builder();
    int size = 0;
    List<String[]> negators = DataFiles.readTsv(ToneLexicon.class, "negators.tsv", 3);
    for (String lang : languages) {
      for (String[] row : DataFiles.readTsv(ToneLexicon.class, "lexicon-" + lang + ".tsv", 2)) {
        int polarity = polarity(row[1], lang, row[0]);
        int old = terms.put(row[0], polarity);
        if (old >= 0 && old != polarity) {
          terms.put(row[0], old); // the first language listed wins a conflict
        }
        if (polarity != NEUTRAL) {
          size++;
        }
      }
      for (String[] row : negators) {
        if (row[0].equals(lang)) {
          cues.put(row[1], cue(row[2], row[1]));
        }
      }
    }
    return new ToneLexicon(terms.build(), cues.build(), size);
  }

  private static int polarity(String s, String lang, String term) {
    switch (s) {
      case "+":
        return POSITIVE;
      case "-":
        return NEGATIVE;
      case "0":
        return NEUTRAL;
      default:
        throw new IllegalStateException("lexicon-" + lang + ".tsv: polarity of '" + term
            + "' must be +, - or 0, not '" + s + "'");
    }
  }

  private static int cue(String s, String word) {
    switch (s) {
      case "pre":
        return PRE;
      case "post":
        return POST;
      case "both":
        return BOTH;
      case "break":
        return BREAK;
      default:
        throw new IllegalStateException("negators.tsv: bad position '" + s + "' for " + word);
    }
  }
}
