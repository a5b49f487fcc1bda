package org.caspian.analysis.actors;

import java.util.BitSet;
import java.util.List;

/**
 * The word lists of grammar.tsv, resolved to token ids. Single words are kept as id sets, phrases
 * (person cues, linkers) as phrase indexes. Never modified after loading; thread-safe.
 */
final class NameGrammar {
  final BitSet placePrep;
  final BitSet placeVerb;
  final BitSet placeCompound;
  final BitSet placeFollow;
  final BitSet govPrev;
  final BitSet coordinator;
  final BitSet stop;
  final BitSet particle;
  final BitSet countryPrep;
  final BitSet determiner;
  final BitSet capitalLinker;
  final BitSet compoundSkip;
  final BitSet placeLinker;
  final BitSet seatPrep;
  final BitSet saidAfter;
  final PhraseIndex<String> cues;
  final PhraseIndex<String> territory;
  final PhraseIndex<String> linkers;
  private final List<String> surnameSuffixes;

  NameGrammar(BitSet[] sets, PhraseIndex<String> cues, PhraseIndex<String> linkers,
      PhraseIndex<String> territory, List<String> surnameSuffixes) {
    this.placePrep = sets[0];
    this.placeVerb = sets[1];
    this.placeCompound = sets[2];
    this.placeFollow = sets[3];
    this.govPrev = sets[4];
    this.coordinator = sets[5];
    this.stop = sets[6];
    this.particle = sets[7];
    this.countryPrep = sets[8];
    this.determiner = sets[9];
    this.capitalLinker = sets[10];
    this.compoundSkip = sets[11];
    this.placeLinker = sets[12];
    this.seatPrep = sets[13];
    this.saidAfter = sets[14];
    this.cues = cues;
    this.territory = territory;
    this.linkers = linkers;
    this.surnameSuffixes = List.copyOf(surnameSuffixes);
  }

  /** Names of the single-word lists, in the order of the {@code sets} constructor argument. */
  static final List<String> SET_KINDS = List.of("place_prep", "place_verb", "place_compound",
      "place_follow", "gov_prev", "coordinator", "stop", "particle", "country_prep", "determiner",
      "capital_linker", "compound_skip", "place_linker", "seat_prep", "said_after");

  /** True when any id of word {@code w} is in {@code set}. */
  static boolean in(BitSet set, ArticleWords words, int w) {
    for (int p = words.idFrom(w); p < words.idTo(w); p++) {
      if (set.get(words.id(p))) {
        return true;
      }
    }
    return false;
  }

  /** True when the key of word {@code w} (longer than the suffix) ends like a family name. */
  boolean surnameLike(ArticleWords words, int w) {
    int s = words.keyStart[w];
    int e = words.keyEnd[w];
    for (String suffix : surnameSuffixes) {
      int n = suffix.length();
      if (e - s > n + 1 && words.text.regionMatches(e - n, suffix, 0, n)) {
        return true;
      }
    }
    return false;
  }
}
