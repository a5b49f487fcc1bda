package org.caspian.analysis.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;

/**
 * Roles of function words for one language, read from a {@code grammar_xx.tsv} file (columns:
 * word, comma-separated {@link WordRole} names). Immutable once loaded.
 */
final class Grammar {
  private final long[] roles;

  private Grammar(long[] roles) {
    this.roles = roles;
  }

  /** Reads the file, adding its words to {@code words}. */
  static Grammar read(BufferedReader reader, WordTable words, String name) throws IOException {
    long[] roles = new long[256];
    int n = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 2) {
        throw new IllegalArgumentException(name + " line " + n + ": expected word<TAB>roles");
      }
      long mask = 0;
      for (String r : f[1].split(",")) {
        try {
          mask |= WordRole.valueOf(r.strip()).bit();
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(name + " line " + n + ": unknown role " + r, e);
        }
      }
      int id = words.add(f[0].strip());
      if (id >= roles.length) {
        roles = Arrays.copyOf(roles, Math.max(roles.length * 2, id + 1));
      }
      roles[id] |= mask;
    }
    return new Grammar(roles);
  }

  /** Role bits of word {@code id} (0 for unknown words and -1). */
  long roles(int id) {
    return id >= 0 && id < roles.length ? roles[id] : 0;
  }

  boolean has(int id, WordRole role) {
    return (roles(id) & role.bit()) != 0;
  }
}
