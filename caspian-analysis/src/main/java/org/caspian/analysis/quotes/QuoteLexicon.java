package org.caspian.analysis.quotes;

import org.caspian.analysis.lexicon.DataFiles;
import org.caspian.analysis.lexicon.TermTrie;

/**
 * The speech cues ({@code cues.tsv}) and role nouns ({@code roles.tsv}) of every language, compiled
 * into two tries. Cue values are bit sets of the kinds below, since one word can be two kinds;
 * role values are {@code 2 * class.ordinal() + (plural ? 1 : 0)}. Immutable.
 */
final class QuoteLexicon {
  static final int VERB = 1;
  static final int THAT = 1 << 1;
  static final int ACCORDING = 1 << 2;
  static final int ACCORDING_POST = 1 << 3;
  static final int ACCORDING_PRONOUN = 1 << 4;
  static final int PRONOUN = 1 << 5;
  static final int PARTICLE = 1 << 6;
  static final int NAMING = 1 << 7;
  static final int NP_STOP = 1 << 8;
  static final int BARE = 1 << 9;
  static final int PARTICIPLE = 1 << 10;
  static final int CLAUSE_START = 1 << 11;
  static final int ADJUNCT = 1 << 12;
  static final int ADJUNCT_PREP = 1 << 13;
  static final int CLAUSE_END = 1 << 14;

  final TermTrie cues;
  final TermTrie roles;

  private QuoteLexicon(TermTrie cues, TermTrie roles) {
    this.cues = cues;
    this.roles = roles;
  }

  static QuoteLexicon load() {
    TermTrie.Builder cues = TermTrie.builder();
    for (String[] f : DataFiles.readTsv(QuoteLexicon.class, "cues.tsv", 3)) {
      int kind = kind(f[1], f[2]);
      int old = cues.put(f[2], kind);
      if (old > 0) {
        cues.put(f[2], old | kind);
      }
    }
    TermTrie.Builder roles = TermTrie.builder();
    for (String[] f : DataFiles.readTsv(QuoteLexicon.class, "roles.tsv", 4)) {
      RoleClass c;
      try {
        c = RoleClass.valueOf(f[1]);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("roles.tsv: unknown class '" + f[1] + "' for " + f[3], e);
      }
      roles.put(f[3], 2 * c.ordinal() + ("pl".equals(f[2]) ? 1 : 0));
    }
    return new QuoteLexicon(cues.build(), roles.build());
  }

  static RoleClass roleClass(int value) {
    return RoleClass.values()[value >> 1];
  }

  static boolean plural(int value) {
    return (value & 1) != 0;
  }

  private static int kind(String s, String phrase) {
    switch (s) {
      case "verb":
        return VERB;
      case "that":
        return THAT;
      case "according":
        return ACCORDING;
      case "according-post":
        return ACCORDING_POST;
      case "according-pronoun":
        return ACCORDING_PRONOUN;
      case "pronoun":
        return PRONOUN;
      case "particle":
        return PARTICLE;
      case "naming":
        return NAMING;
      case "np-stop":
        return NP_STOP;
      case "bare":
        return BARE;
      case "participle":
        return PARTICIPLE;
      case "clause-start":
        return CLAUSE_START;
      case "adjunct":
        return ADJUNCT;
      case "adjunct-prep":
        return ADJUNCT_PREP;
      case "clause-end":
        return CLAUSE_END;
      default:
        throw new IllegalStateException("cues.tsv: unknown kind '" + s + "' for " + phrase);
    }
  }
}
