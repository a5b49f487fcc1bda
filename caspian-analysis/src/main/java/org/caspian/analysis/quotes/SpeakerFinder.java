package org.caspian.analysis.quotes;

import org.caspian.analysis.lexicon.TermTrie;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;

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

  private static final int MAX_SURFACE = 6;

  private final ArticleView v;
  private final People people;
  private int anchor;
  private Speaker fallback;

  SpeakerFinder(ArticleView v, People people) {
    this.v = v;
    this.people = people;
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
    int person = -1;
    int other = -1;
    int owner = -1;
    for (int k = a; k < b; k++) {
      int m = v.mentionAt[k];
      if (m < 0 || v.mentionLast[m] >= b) {
        continue;
      }
      if (v.possessive(m)) {
        if (!people.isPerson(m) && (owner < 0 || nearestLast)) {
          owner = m;
        }
        continue;
      }
      if (people.isPerson(m)) {
        if (person < 0 || nearestLast) {
          person = m;
        }
      } else if (other < 0 || nearestLast) {
        other = m;
      }
    }
    if (person >= 0) {
      return people.speaker(people.personOf(person));
    }
    for (int k = a; k < b; k++) {
      if (v.hasCue(k, QuoteLexicon.PRONOUN)) {
        return pronoun();
      }
    }
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
    if (r >= 0) {
      Speaker s = role(r, a, b);
      if (s != null) {
        return s;
      }
    }
    if (other >= 0) {
      return new Speaker(v.name(other), v.mentions.get(other).code(), -1);
    }
    if (owner >= 0) {
      // "Baku's forensic examination concluded": the body the text belongs to
      return new Speaker(v.name(owner), v.mentions.get(owner).code(), -1);
    }
    return capitalised(a, b);
  }

  private Speaker role(int r, int a, int b) {
    int value = v.role[r];
    RoleClass cls = QuoteLexicon.roleClass(value);
    boolean plural = QuoteLexicon.plural(value);
    int last = v.roleLast[r];
    int poss = possessor(r, a);
    if (poss >= 0) {
      if (cls == RoleClass.DOCUMENT && !people.isPerson(poss)) {
        return new Speaker(v.name(poss), v.mentions.get(poss).code(), -1);
      }
      return possessed(cls, plural, poss, last);
    }
    if (cls == RoleClass.DOCUMENT) {
      return null;
    }
    int after = postposed(last, b);
    if (after >= 0) {
      // "the government in Yerevan", "the embassy of Ukraine"
      String code = v.mentions.get(after).code();
      return new Speaker(v.surface(r, v.mentionLast[after]),
          code.length() == 3 ? code + cls.cameoRole : code, -1);
    }
    if (plural || cls == RoleClass.SOURCE) {
      return new Speaker(v.surface(Math.max(firstWord(a, last), last - MAX_SURFACE + 1), last), "",
          -1);
    }
    if (cls == RoleClass.INSTITUTION) {
      int body = latestBody(TermTrie.normalize(v.surface(last, last)));
      if (body >= 0) {
        return new Speaker(v.name(body), v.mentions.get(body).code(), -1);
      }
      return new Speaker(v.surface(r, last), "", -1);
    }
    int p = people.byRole(cls);
    return p >= 0 ? people.speaker(p) : new Speaker(v.surface(r, last), "", -1);
  }

  private Speaker possessed(RoleClass cls, boolean plural, int poss, int last) {
    String surface = v.surface(v.mentionFirst[poss], last);
    if (people.isPerson(poss)) {
      int owner = people.personOf(poss);
      String code = people.code(owner);
      if (!plural && code.length() >= 3) {
        int q = people.byRoleAndCountry(cls, code.substring(0, 3));
        if (q >= 0 && q != owner) {
          return people.speaker(q);
        }
      }
      return new Speaker(surface, code, -1);
    }
    String code = v.mentions.get(poss).code();
    if (!plural && code.length() >= 3) {
      int q = people.byRoleAndCountry(cls, code.substring(0, 3));
      if (q >= 0) {
        return people.speaker(q);
      }
    }
    return new Speaker(surface, code.length() == 3 ? code + cls.cameoRole : code, -1);
  }

  /**
   * The mention that owns the role at token {@code r}: one ending right before it, or before at
   * most two other words ("Baku's State Prosecutor", "the Russian foreign minister"); or -1.
   */
  private int possessor(int r, int a) {
    for (int k = r - 1; k >= Math.max(a, r - 3); k--) {
      int m = v.mentionEndAt[k];
      if (m >= 0 && v.mentionFirst[m] >= a) {
        return m;
      }
      if (!v.isWord(k) || v.role[k] >= 0 && k != r - 1) {
        return -1;
      }
    }
    return -1;
  }

  /** A body or country named right after a role through "of" or "in", or -1. */
  private int postposed(int last, int b) {
    int k = last + 1;
    if (k + 1 < b && v.hasCue(k, QuoteLexicon.NP_STOP)) {
      int m = v.mentionAt[k + 1];
      if (m < 0 && k + 2 < b) {
        m = v.mentionAt[k + 2]; // "of the Ukrainian ..."
      }
      if (m >= 0 && v.mentionLast[m] < b && !people.isPerson(m)) {
        return m;
      }
    }
    return -1;
  }

  private int firstWord(int a, int last) {
    int k = a;
    while (k < last && !v.isWord(k)) {
      k++;
    }
    return k;
  }

  /** The latest body (ministry, government...) before the anchor with {@code head} in its name. */
  private int latestBody(String head) {
    int seen = 0;
    for (int i = v.mentions.size() - 1; i >= 0 && seen < 400; i--) {
      ActorMention m = v.mentions.get(i);
      if (m.start() >= anchor || v.insideQuotation(m.start())) {
        continue;
      }
      seen++;
      ActorType t = m.type();
      if ((t == ActorType.INSTITUTION || t == ActorType.GOVERNMENT
          || t == ActorType.ORGANIZATION)
          && (TermTrie.normalize(m.text()).contains(head)
              || TermTrie.normalize(m.name()).contains(head))) {
        return i;
      }
    }
    return -1;
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
