package org.caspian.analysis.quotes;

/**
 * Reads the speaker out of the words that attribute a quote: the subject before a verb of saying,
 * the words after an inverted verb ("said Peskov"), or the source after "according to".
 *
 * <p>Within the window the first of these wins: a person mention (not a possessive); a pronoun,
 * resolved to the most salient person (or, with no person before, to the last speaker); a role
 * noun outside any mention, resolved through its possessor ("Armenia's foreign minister" is ARM +
 * GOV, or the minister named earlier), through a body after it ("the government in Yerevan") or,
 * alone, to the person it stands for ("the expert"); any other actor mention ("the Kremlin",
 * "Baku"), possessive ones last ("Baku's forensic examination"); finally a run of capitalised
 * words (an unknown name). Not thread-safe; one per article.
 */
final class SpeakerFinder {
  /** How to read an attribution window. */
  enum Mode {
    /** Words before the verb: the speaker is nearest the verb; commas split clauses. */
    SUBJECT,
    /** Words after the verb ("said Peskov"): the speaker comes first. */
    INVERTED,
    /** The source after "according to": a person anywhere, else the head before "of", "by"... */
    ACCORDING,
    /** A pronoun inside the cue itself ("по его словам"). */
    PRONOUN,
    /** "..., saying ...": the subject of the main clause, read from the sentence start. */
    PARTICIPLE
  }

  private static final int NO_KIND = 0;
  private static final int PERSON = 1;
  private static final int OTHER = 2;
  private static final int OWNER = 3;

  private final QuoteView v;
  private final People people;
  private final RoleSpeakers roles;
  private int anchor;
  private Speaker fallback;

  SpeakerFinder(QuoteView v, People people) {
    this.v = v;
    this.people = people;
    this.roles = new RoleSpeakers(v, people);
  }

  /**
   * The speaker in tokens {@code [from, to)}, or null when the window names nobody.
   *
   * @param anchor where the quote is; only what comes before it counts as earlier text
   * @param lastSpeaker the previous speaker, what a pronoun means when no person came before
   */
  Speaker find(Mode mode, int from, int to, int anchor, Speaker lastSpeaker) {
    this.anchor = anchor;
    this.fallback = lastSpeaker;
    switch (mode) {
      case PRONOUN:
        return pronoun();
      case SUBJECT:
        return subject(from, to);
      case INVERTED:
      case PARTICIPLE:
        return segment(from, to, false);
      default:
        return according(from, to);
    }
  }

  private Speaker pronoun() {
    int p = people.latest();
    if (p >= 0) {
      return people.speaker(p);
    }
    return fallback != null ? fallback : Speaker.UNKNOWN;
  }

  private Speaker subject(int from, int to) {
    if (from >= to) {
      return null;
    }
    if (v.is(to - 1, ',')) {
      // "Lavrov, Russia's foreign minister, said": the person before the appositive speaks
      int c2 = lastComma(from, to - 1);
      if (c2 < 0) {
        return segment(from, to - 1, true);
      }
      int m = c2 > 0 ? v.mentionEndAt[c2 - 1] : -1;
      if (m >= 0 && people.isPerson(m) && !v.possessive(m)) {
        return people.speaker(people.personOf(m));
      }
      Speaker s = segment(c2 + 1, to - 1, true);
      return s != null ? s : segment(from, c2, true);
    }
    int c = lastComma(from, to);
    return segment(c < 0 ? from : c + 1, to, true);
  }

  private Speaker according(int from, int to) {
    for (int k = from; k < to; k++) {
      int m = v.mentionAt[k];
      if (m >= 0 && v.mentionLast[m] < to && people.isPerson(m)) {
        return people.speaker(people.personOf(m));
      }
    }
    int end = from + 1;
    while (end < to && !v.hasCue(end, QuoteLexicon.NP_STOP)) {
      end++;
    }
    return segment(from, end, false);
  }

  private int lastComma(int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      if (v.is(k, ',')) {
        return k;
      }
    }
    return -1;
  }

  private Speaker segment(int a, int b, boolean nearestLast) {
    if (a >= b) {
      return null;
    }
    int person = mention(a, b, nearestLast, PERSON);
    if (person >= 0) {
      return people.speaker(people.personOf(person));
    }
    for (int k = a; k < b; k++) {
      if (v.hasCue(k, QuoteLexicon.PRONOUN)) {
        return pronoun();
      }
    }
    int r = roleNoun(a, b, nearestLast);
    if (r >= 0) {
      Speaker s = roles.speaker(r, a, b, anchor);
      if (s != null) {
        return s;
      }
    }
    int other = mention(a, b, nearestLast, OTHER);
    if (other >= 0) {
      return new Speaker(v.name(other), v.mentions.get(other).code(), -1);
    }
    int owner = mention(a, b, nearestLast, OWNER);
    if (owner >= 0) {
      // "Baku's forensic examination concluded": the body the text belongs to
      return new Speaker(v.name(owner), v.mentions.get(owner).code(), -1);
    }
    return capitalised(a, b);
  }

  /**
   * The first (or, with {@code nearestLast}, the last) mention of {@code kind} wholly inside
   * {@code [a, b)}, or -1.
   */
  private int mention(int a, int b, boolean nearestLast, int kind) {
    int found = -1;
    for (int k = a; k < b; k++) {
      int m = v.mentionAt[k];
      if (m >= 0 && v.mentionLast[m] < b && kindOf(m) == kind && (found < 0 || nearestLast)) {
        found = m;
      }
    }
    return found;
  }

  /** PERSON, OTHER (any other actor), OWNER (a possessive non-person) or NO_KIND. */
  private int kindOf(int m) {
    if (v.possessive(m)) {
      return people.isPerson(m) ? NO_KIND : OWNER;
    }
    return people.isPerson(m) ? PERSON : OTHER;
  }

  /** The first (or last) role noun in {@code [a, b)} outside any mention, or -1. */
  private int roleNoun(int a, int b, boolean nearestLast) {
    int r = -1;
    for (int k = a; k < b; k++) {
      if (v.role[k] >= 0 && v.roleLast[k] < b && v.coveredBy[k] < 0) {
        r = k;
        if (!nearestLast) {
          break;
        }
        k = v.roleLast[k];
      }
    }
    return r;
  }

  /** A window made only of one to four capitalised words ("Poskov", "Forbes"): an unknown name. */
  private Speaker capitalised(int a, int b) {
    int first = -1;
    int last = -1;
    int words = 0;
    for (int k = a; k < b; k++) {
      if (v.isQuoteMark(k)) {
        continue;
      }
      if (!v.isWord(k) || !Character.isUpperCase(v.text.codePointAt(v.tokens.start(k)))) {
        return null;
      }
      if (first < 0) {
        first = k;
      }
      last = k;
      words++;
    }
    if (words == 0 || words > 4) {
      return null;
    }
    return new Speaker(v.surface(first, last), "", -1);
  }
}
