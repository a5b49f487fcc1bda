package org.caspian.analysis.actors;

/**
 * Decides when a capital, seat of power or country named in the text is a location rather than
 * an actor. Per article; not thread-safe.
 *
 * <ul>
 *   <li>A possessive is always the actor ("Moscow's position", "in Russia's interest").
 *   <li>A locative or ablative case form is a location ("Bakıda", "Մոսկվայում"), unless an
 *       impersonal speech verb follows: "в Москве заявили", "Bakıda bildirilib" are Moscow and
 *       Baku speaking.
 *   <li>After a place preposition or motion verb, skipping one article, a capital or seat is a
 *       location ("in Moscow", "to Baku", "from Yerevan", "in the Kremlin", "visited Ankara"),
 *       unless the preposition follows a noun such as "response" ("the response from Baku").
 *       Countries use a narrower list without "to" and "from", which usually name a recipient or
 *       a source ("apologised to Armenia").
 *   <li>A name coordinated with one just used as a location is one too ("in Moscow and Baku").
 *   <li>Capitals only: a place compound or noun after it ("Moscow-based", "Moscow region"), "of"
 *       or "with" after a place noun ("the territory of Baku"), or use as a modifier between an
 *       article and a lower-case noun ("the Baku office").
 *   <li>Country words followed by a territory noun are territory ("Russian airspace",
 *       "Armenia's Syunik province", "the Armenia-Azerbaijan border").
 * </ul>
 */
final class PlaceRules {
  private final MentionFinder f;
  private final ArticleWords words;
  private final NameGrammar g;
  private int lastPlaceEnd = -1;

  PlaceRules(MentionFinder finder) {
    this.f = finder;
    this.words = finder.words;
    this.g = finder.dict.grammar;
  }

  /** Records that a location ended before word {@code end}, for coordination. */
  void placeEnded(int end) {
    lastPlaceEnd = end;
  }

  private boolean same(int a, int b) {
    return a >= 0 && b < words.size && words.sentenceEnd[a] == words.sentenceEnd[b];
  }

  /** The word before {@code w} in its sentence, skipping one article; -1 when none. */
  private int before(int w) {
    int p = w - 1;
    if (same(p, w) && NameGrammar.in(g.determiner, words, p)) {
      p--;
    }
    return same(p, w) ? p : -1;
  }

  private boolean afterPreposition(int w, java.util.BitSet preps, boolean verbs) {
    if (words.has(w, ArticleWords.HYPHEN_JOINED)) {
      return false;
    }
    int prev = before(w);
    if (prev < 0) {
      return false;
    }
    if (NameGrammar.in(preps, words, prev) || (verbs && NameGrammar.in(g.placeVerb, words, prev))) {
      return !(same(prev - 1, w) && NameGrammar.in(g.govPrev, words, prev - 1));
    }
    return prev == w - 1 && prev == lastPlaceEnd && NameGrammar.in(g.coordinator, words, prev);
  }

  /** "the territory of Baku", "the border with Azerbaijan". */
  private boolean afterPlaceNoun(int w) {
    int prev = w - 1;
    return same(prev - 1, w) && NameGrammar.in(g.placeLinker, words, prev)
        && NameGrammar.in(g.placeFollow, words, prev - 1);
  }

  /** True when the capital ({@code city}) or seat at {@code [w, end)} is a location. */
  boolean isPlace(int w, int end, boolean city) {
    if (words.has(end - 1, ArticleWords.POSSESSIVE)) {
      return false;
    }
    boolean said = end < words.sentenceEnd[w] && NameGrammar.in(g.saidAfter, words, end);
    if (words.has(end - 1, ArticleWords.PLACE_CASE)
        || afterPreposition(w, city ? g.placePrep : g.seatPrep, city)) {
      return !said;
    }
    if (!city) {
      return false;
    }
    if (afterPlaceNoun(w)) {
      return true;
    }
    if (end < words.sentenceEnd[w]) {
      if (words.has(end, ArticleWords.HYPHEN_JOINED)) {
        return NameGrammar.in(g.placeCompound, words, end);
      }
      if (NameGrammar.in(g.placeFollow, words, end)) {
        return true;
      }
      return same(w - 1, w) && NameGrammar.in(g.determiner, words, w - 1)
          && words.has(end, ArticleWords.HAS_LETTER)
          && !words.has(end, ArticleWords.UPPER_INITIAL);
    }
    return false;
  }

  /** True when the country name at {@code [w, end)} is a location ("held in Azerbaijan"). */
  boolean isCountryPlace(int w, int end) {
    if (words.has(end - 1, ArticleWords.POSSESSIVE)) {
      return false;
    }
    boolean place = words.has(end - 1, ArticleWords.PLACE_CASE)
        || afterPreposition(w, g.countryPrep, false) || afterPlaceNoun(w);
    if (place) {
      lastPlaceEnd = end;
    }
    return place;
  }

  /** True when the country word at {@code [w, end)} introduces territory ("Russian airspace"). */
  boolean isTerritory(int w, int end) {
    int limit = words.sentenceEnd[w];
    int q = end;
    while (q < limit && words.has(q, ArticleWords.HYPHEN_JOINED)) {
      Entry e = f.entry(q);
      if (e == null || e.kind() != Entry.Kind.COUNTRY) {
        return false;
      }
      q += f.entity(q).length();
    }
    if (q >= limit) {
      return false;
    }
    if (g.territory.longest(words, q, limit) != null) {
      return true;
    }
    Entry next = f.entry(q);
    return words.has(end - 1, ArticleWords.POSSESSIVE) && next != null
        && next.kind() == Entry.Kind.BLOCK;
  }

  /** True when a hyphenated second half makes the word before no actor ("Russian-language"). */
  boolean compoundSkipped(int end) {
    return end < words.size && words.has(end, ArticleWords.HYPHEN_JOINED)
        && NameGrammar.in(g.compoundSkip, words, end);
  }

  /**
   * "Prosecutors in Baku", "Police in Yerevan": with no country before it, a noun on its own
   * takes the country of the city or country right after it with "in" ("the government
   * building in Yerevan" is no actor); "" when there is none.
   */
  String countryAfterIn(int end) {
    if (end + 1 >= words.size || end + 1 >= words.sentenceEnd[end]
        || !"in".equalsIgnoreCase(words.key(end))) {
      return "";
    }
    Entry e = f.entry(end + 1);
    return e != null && (e.kind() == Entry.Kind.CAPITAL || e.kind() == Entry.Kind.COUNTRY)
        ? e.country() : "";
  }
}
