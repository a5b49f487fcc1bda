package org.caspian.analysis.events;

import org.caspian.analysis.lexicon.WordTable;
import java.util.List;
import org.caspian.model.Tokens;

/**
 * Per-article lookup arrays shared by the rules: word id, role bits and actor group of every
 * token. Built once per article by {@link RuleEventCoder}; confined to the calling thread.
 */
final class EventView {
  final String text;
  final Tokens tokens;
  final int[] wid;
  final long[] roles;
  final int[] groupAt;
  final List<ActorGroup> groups;

  EventView(String text, Tokens tokens, int[] wid, long[] roles, int[] groupAt,
      List<ActorGroup> groups) {
    this.text = text;
    this.tokens = tokens;
    this.wid = wid;
    this.roles = roles;
    this.groupAt = groupAt;
    this.groups = groups;
  }

  boolean has(int token, WordRole role) {
    return (roles[token] & role.bit()) != 0;
  }

  boolean any(int token, long mask) {
    return (roles[token] & mask) != 0;
  }

  /** The group covering {@code token}, or null. */
  ActorGroup group(int token) {
    int g = groupAt[token];
    return g < 0 ? null : groups.get(g);
  }

  /** The first group of tokens {@code [s, e)} that is an actor, or null. */
  ActorGroup firstActor(int s, int e) {
    for (int k = s; k < e; k++) {
      ActorGroup g = group(k);
      if (g != null && g.actor()) {
        return g;
      }
    }
    return null;
  }

  /** Whether any of tokens {@code [s, e)} has {@code role}. */
  boolean anyToken(int s, int e, WordRole role) {
    for (int k = s; k < e; k++) {
      if (has(k, role)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token's text ends in a possessive ("Russia's", "Azerbaijanis'"). */
  boolean possessive(int token) {
    int e = tokens.end(token);
    int s = tokens.start(token);
    if (e - s >= 3) {
      char a = WordTable.fold(text.charAt(e - 2));
      char b = WordTable.fold(text.charAt(e - 1));
      if (a == '\'' && b == 's') {
        return true;
      }
    }
    return (roles[token] & WordRole.POSS.bit()) != 0;
  }

  /** Whether the token starts with a capital letter ("Allied" in a name). */
  boolean capitalised(int token) {
    return Character.isUpperCase(text.charAt(tokens.start(token)));
  }

  String text(int fromToken, int toToken) {
    return text.substring(tokens.start(fromToken), tokens.end(toToken));
  }

  /** A lower-case word with no role, actor or trigger: an adjective ("eastern"). */
  boolean plainLowerCase(int k, Trigger[] triggerAt) {
    return roles[k] == 0 && group(k) == null && triggerAt[k] == null
        && Character.isLowerCase(text.charAt(tokens.start(k)));
  }

  /** The text of token {@code t} as written. */
  String word(int t) {
    return text.substring(tokens.start(t), tokens.end(t));
  }
}
