package org.caspian.analysis.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.caspian.model.Tokens;

/**
 * Maps actor mentions onto tokens and merges the ones that name a single actor. Two mentions merge
 * when they belong to the same country and only a possessive or up to three capitalised words
 * (titles: "President", "Foreign Minister") stand between them; the last one names the group. Mentions inside one hyphenated
 * token ("Russia-Azerbaijan") of different countries become partners.
 */
final class ActorGroups {
  private ActorGroups() {}

  /**
   * Builds the groups, in text order, and fills {@code groupAt} (one slot per token, -1 where no
   * actor).
   */
  static List<ActorGroup> build(List<ActorMention> mentions, String text, Tokens tokens,
      long[] roles, int[] groupAt) {
    Arrays.fill(groupAt, -1);
    List<ActorGroup> out = new ArrayList<>();
    if (tokens.size() == 0) {
      return out;
    }
    List<ActorMention> sorted = new ArrayList<>(mentions);
    sorted.sort((a, b) -> a.span().compareTo(b.span()));
    for (ActorMention m : sorted) {
      if (m.end() > text.length() || m.start() >= m.end()) {
        continue;
      }
      int first = tokenOf(tokens, m.start());
      int last = Math.max(first, tokens.firstAtOrAfter(m.end()) - 1);
      if (first >= tokens.size() || tokens.start(first) >= m.end()) {
        continue;
      }
      add(out, new ActorGroup(first, last, m, -1), text, tokens, roles);
    }
    for (int k = 0; k < out.size(); k++) {
      ActorGroup g = out.get(k);
      for (int t = g.first(); t <= g.last(); t++) {
        if (groupAt[t] < 0 || g.partner() < 0) {
          groupAt[t] = k;
        }
      }
    }
    return out;
  }

  /**
   * Appends the group of one mention: merged into the previous group when they overlap or are
   * joinable and name the same country, partnered with it when they share a token but not a
   * country, else on its own.
   */
  private static void add(List<ActorGroup> out, ActorGroup g, String text, Tokens tokens,
      long[] roles) {
    ActorMention m = g.main();
    if (!out.isEmpty()) {
      ActorGroup prev = out.get(out.size() - 1);
      if (g.first() <= prev.last()) {
        if (sameCountry(prev.main(), m)) {
          out.set(out.size() - 1, merge(prev, g));
        } else {
          out.set(out.size() - 1, prev.withPartner(out.size()));
          out.add(new ActorGroup(prev.last(), Math.max(prev.last(), g.last()), m,
              out.size() - 1));
        }
        return;
      }
      if (sameCountry(prev.main(), m)
          && joinable(text, tokens, roles, prev.last(), g.first())) {
        out.set(out.size() - 1, merge(prev, g));
        return;
      }
    }
    out.add(g);
  }

  private static int tokenOf(Tokens tokens, int offset) {
    int i = tokens.firstAtOrAfter(offset);
    if (i > 0 && tokens.end(i - 1) > offset) {
      return i - 1;
    }
    return i;
  }

  private static boolean sameCountry(ActorMention a, ActorMention b) {
    return !a.country().isEmpty() && a.country().equals(b.country())
        && a.type() != ActorType.UNRESOLVED && b.type() != ActorType.UNRESOLVED;
  }

  private static boolean joinable(String text, Tokens tokens, long[] roles, int prevLast,
      int first) {
    if (first - prevLast - 1 > 3) {
      return false;
    }
    for (int t = prevLast + 1; t < first; t++) {
      boolean poss = (roles[t] & WordRole.POSS.bit()) != 0;
      if (!poss && !Character.isUpperCase(text.charAt(tokens.start(t)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * English puts the head of a noun phrase last: "Russian President Vladimir Putin", "Azerbaijan's
   * Foreign Ministry", "Moscow-funded Sputnik Azerbaijan" all name the last mention. Overlapping
   * mentions of one actor keep the longer.
   */
  private static ActorGroup merge(ActorGroup a, ActorGroup b) {
    ActorMention main = b.main();
    if (b.main().start() < a.main().end() && a.main().span().length() > b.main().span().length()) {
      main = a.main();
    }
    return new ActorGroup(a.first(), Math.max(a.last(), b.last()), main, a.partner());
  }
}
