package org.caspian.analysis.quotes;

import org.caspian.analysis.lexicon.TermTrie;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;

/**
 * Resolves a role noun in an attribution ("Armenia's foreign minister", "the government in
 * Yerevan", "the expert", "the ministry") to the speaker it stands for. One per article, sharing
 * the article's {@link People}; not thread-safe.
 */
final class RoleSpeakers {
  private static final int MAX_SURFACE = 6;

  private final QuoteView v;
  private final People people;

  RoleSpeakers(QuoteView v, People people) {
    this.v = v;
    this.people = people;
  }

  /**
   * The speaker the role noun at token {@code r} stands for, in window {@code [a, b)}, or null
   * (a document with no owner); {@code anchor} is where the quote is.
   */
  Speaker speaker(int r, int a, int b, int anchor) {
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
      int body = latestBody(TermTrie.normalize(v.surface(last, last)), anchor);
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
  private int latestBody(String head, int anchor) {
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
}
