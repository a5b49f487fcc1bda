package org.caspian.analysis.events;

import org.caspian.analysis.lexicon.WordTable;
import java.util.Arrays;
import java.util.List;

/**
 * Roles of function words for one language, from the rows of a {@code grammar_xx.tsv} file
 * (columns: word, comma-separated {@link WordRole} names). Immutable once loaded.
 */
final class FunctionWords {
  private final long[] roles;

  private FunctionWords(long[] roles) {
    this.roles = roles;
  }

  /** Builds the table from {@code rows} of file {@code name}, adding the words to {@code words}. */
  static FunctionWords of(List<String[]> rows, WordTable words, String name) {
    long[] roles = new long[256];
    for (String[] f : rows) {
      if (f.length < 2) {
        throw new IllegalArgumentException(name + ": expected word<TAB>roles: " + f[0]);
      }
      long mask = 0;
      for (String r : f[1].split(",")) {
        try {
          mask |= WordRole.valueOf(r.strip()).bit();
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(name + ": " + f[0] + ": unknown role " + r, e);
        }
      }
      int id = words.add(f[0]);
      roles = fit(roles, id);
      roles[id] |= mask;
    }
    return new FunctionWords(roles);
  }

  /** This table with {@code role} added to the words {@code ids}. */
  FunctionWords with(WordRole role, int[] ids) {
    long[] out = roles.clone();
    for (int id : ids) {
      out = fit(out, id);
      out[id] |= role.bit();
    }
    return new FunctionWords(out);
  }

  private static long[] fit(long[] roles, int id) {
    return id < roles.length ? roles : Arrays.copyOf(roles, Math.max(roles.length * 2, id + 1));
  }

  /** Role bits of word {@code id} (0 for unknown words and -1). */
  long roles(int id) {
    return id >= 0 && id < roles.length ? roles[id] : 0;
  }

  boolean has(int id, WordRole role) {
    return (roles(id) & role.bit()) != 0;
  }
}
