package org.caspian.analysis.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caspian.analysis.lexicon.TermTrie;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;

/**
 * The persons an article names and how salient each is at a given point, for resolving "he", "the
 * expert" and bare surnames.
 *
 * <p>Persons come from PERSON mentions (and from unresolved mentions with a personal title or
 * followed by a verb of saying), keyed by canonical name, with the role classes of the titles
 * written around their mentions: "political commentator Ramiz Aliyev" is an EXPERT, "President
 * Ilham Aliyev" a HEAD, "Lavrov, the foreign minister," a MINISTER.
 *
 * <p>The salience timeline holds one entry per mention outside quotations (strong, or weak when
 * possessive or inside reported speech: "Ilham Aliyev's policy" does not make him the topic) and
 * one strong entry each time a person is found to speak. A one-word mention ("Aliyev") is linked when it is reached to the
 * person with that surname who was most salient just before, so that after "Ramiz Aliyev said" and
 * "President Ilham Aliyev's policy", "Aliyev added" stays with the commentator.
 *
 * <p>Per article, used in text order through {@link #advanceTo}; not thread-safe.
 */
final class People {
  private static final int NONE = -1;
  private static final int UNLINKED = -2;
  /** How far back in the timeline resolution looks (entries), to stay linear on huge inputs. */
  private static final int LOOK_BACK = 400;

  private final QuoteView v;
  private final TitleRoles titleRoles;
  private final List<String> names = new ArrayList<>();
  private final List<String> codes = new ArrayList<>();
  private final List<String> lastNames = new ArrayList<>();
  private int[] roles = new int[8];
  private final Map<String, Integer> byKey = new HashMap<>();
  private final Map<String, Integer> firstBySurname = new HashMap<>();
  private final int[] mentionPerson;
  private int[] tlPos = new int[16];
  private int[] tlPerson = new int[16];
  private boolean[] tlStrong = new boolean[16];
  private int tlSize;
  private int nextMention;
  private int[] reportedStart = new int[0];
  private int[] reportedEnd = new int[0];

  People(QuoteView v) {
    this.v = v;
    this.titleRoles = new TitleRoles(v);
    int m = v.mentions.size();
    mentionPerson = new int[m];
    for (int i = 0; i < m; i++) {
      ActorMention a = v.mentions.get(i);
      int titles = titleRoles.of(i);
      boolean person = a.type() == ActorType.PERSON || a.type() == ActorType.UNRESOLVED
          && (titles != 0 || v.hasCue(v.mentionLast[i] + 1, QuoteLexicon.VERB));
      if (!person) {
        mentionPerson[i] = NONE;
      } else if (isBare(a)) {
        mentionPerson[i] = UNLINKED;
      } else {
        int p = getOrCreate(v.name(i), a.code());
        roles[p] |= titles;
        mentionPerson[i] = p;
      }
    }
  }

  /** Whether mention {@code i} is counted as a person. */
  boolean isPerson(int i) {
    return mentionPerson[i] != NONE;
  }

  String name(int p) {
    return names.get(p);
  }

  String code(int p) {
    return codes.get(p);
  }

  int roles(int p) {
    return roles[p];
  }

  /**
   * Declares the reported clauses of the article (in text order): persons named inside them
   * ("said the declaration signed by President Ilham Aliyev had ...") are talked about, not
   * talking, so their mentions count as weak.
   */
  void reported(int[] starts, int[] ends) {
    reportedStart = starts.clone();
    reportedEnd = ends.clone();
  }

  /** Adds the mentions that start before {@code pos} to the timeline. */
  void advanceTo(int pos) {
    while (nextMention < v.mentions.size() && v.mentions.get(nextMention).start() < pos) {
      int i = nextMention++;
      int start = v.mentions.get(i).start();
      if (mentionPerson[i] == NONE || v.insideQuotation(start)) {
        continue;
      }
      push(start, personOf(i), !v.possessive(i) && !insideReported(start));
    }
  }

  private boolean insideReported(int offset) {
    int k = java.util.Arrays.binarySearch(reportedStart, offset);
    int i = k >= 0 ? k : -k - 2;
    return i >= 0 && offset < reportedEnd[i];
  }

  /** Records that person {@code p} spoke at {@code pos}. */
  void spoke(int p, int pos) {
    push(pos, p, true);
  }

  /** The person mention {@code i} names, linking a bare surname on first use. */
  int personOf(int i) {
    if (mentionPerson[i] == UNLINKED) {
      mentionPerson[i] = link(i);
    }
    return mentionPerson[i];
  }

  Speaker speaker(int p) {
    return new Speaker(names.get(p), codes.get(p), p);
  }

  /** The most salient person so far: latest strong entry, else latest weak one; -1 if none. */
  int latest() {
    for (int e = tlSize - 1; e >= Math.max(0, tlSize - LOOK_BACK); e--) {
      if (tlStrong[e]) {
        return tlPerson[e];
      }
    }
    return tlSize > 0 ? tlPerson[tlSize - 1] : -1;
  }

  /**
   * The person a singular role noun ("the expert", "the minister") stands for: the most recent one
   * titled with that role, else the most recent one the role does not rule out; -1 if none.
   */
  int byRole(RoleClass role) {
    int[] order = recency();
    for (int p : order) {
      if ((roles[p] & role.bit()) != 0) {
        return p;
      }
    }
    for (int p : order) {
      if (!role.rulesOut(roles[p], codes.get(p))) {
        return p;
      }
    }
    return -1;
  }

  /** The most recent person titled {@code role} whose code starts with {@code country}; or -1. */
  int byRoleAndCountry(RoleClass role, String country) {
    for (int p : recency()) {
      if ((roles[p] & role.bit()) != 0 && codes.get(p).startsWith(country)) {
        return p;
      }
    }
    return -1;
  }

  private int[] recency() {
    int[] order = new int[names.size()];
    int count = 0;
    boolean[] seen = new boolean[names.size()];
    for (int e = tlSize - 1; e >= Math.max(0, tlSize - LOOK_BACK); e--) {
      int p = tlPerson[e];
      if (!seen[p]) {
        seen[p] = true;
        order[count++] = p;
      }
    }
    return Arrays.copyOf(order, count);
  }

  private int link(int i) {
    ActorMention a = v.mentions.get(i);
    String surname = TermTrie.normalize(stripPossessive(a.text()));
    int bestWeak = -1;
    for (int e = tlSize - 1; e >= Math.max(0, tlSize - LOOK_BACK); e--) {
      int p = tlPerson[e];
      if (lastNames.get(p).equals(surname)) {
        if (tlStrong[e]) {
          return p;
        }
        if (bestWeak < 0) {
          bestWeak = p;
        }
      }
    }
    if (bestWeak >= 0) {
      return bestWeak;
    }
    Integer own = byKey.get(TermTrie.normalize(v.name(i)));
    if (own != null) {
      return own;
    }
    Integer first = firstBySurname.get(surname);
    if (first != null) {
      return first;
    }
    int p = getOrCreate(v.name(i), a.code());
    roles[p] |= titleRoles.of(i);
    return p;
  }

  private int getOrCreate(String name, String code) {
    String key = TermTrie.normalize(name);
    Integer p = byKey.get(key);
    if (p != null) {
      if (codes.get(p).isEmpty() && !code.isEmpty()) {
        codes.set(p, code);
      }
      return p;
    }
    int idx = names.size();
    names.add(name);
    codes.add(code);
    int sp = key.lastIndexOf(' ');
    String last = sp < 0 ? key : key.substring(sp + 1);
    lastNames.add(last);
    firstBySurname.putIfAbsent(last, idx);
    if (idx == roles.length) {
      roles = Arrays.copyOf(roles, idx * 2);
    }
    byKey.put(key, idx);
    return idx;
  }

  private void push(int pos, int person, boolean strong) {
    if (tlSize == tlPos.length) {
      tlPos = Arrays.copyOf(tlPos, tlSize * 2);
      tlPerson = Arrays.copyOf(tlPerson, tlSize * 2);
      tlStrong = Arrays.copyOf(tlStrong, tlSize * 2);
    }
    tlPos[tlSize] = pos;
    tlPerson[tlSize] = person;
    tlStrong[tlSize] = strong;
    tlSize++;
  }

  private static boolean isBare(ActorMention a) {
    return stripPossessive(a.text()).strip().indexOf(' ') < 0;
  }

  private static String stripPossessive(String s) {
    if (s.endsWith("'s") || s.endsWith("’s")) {
      return s.substring(0, s.length() - 2);
    }
    return s;
  }
}
