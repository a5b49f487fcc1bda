package org.caspian.analysis.framing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caspian.analysis.lexicon.DataFiles;
import org.caspian.analysis.lexicon.TermTrie;

/**
 * The frame lexicon ({@code frames.tsv}) compiled into a trie. Surfaces that normalise to the same
 * key share a group; a group holds one row per period of use. Immutable.
 */
final class FrameLexicon {
  private final TermTrie trie;
  private final List<List<FrameEntry>> groups;
  private final int size;

  private FrameLexicon(TermTrie trie, List<List<FrameEntry>> groups, int size) {
    this.trie = trie;
    this.groups = groups;
    this.size = size;
  }

  static FrameLexicon load(String resource) {
    List<String[]> rows = DataFiles.readTsv(FrameLexicon.class, resource, 5);
    Map<String, Integer> index = new HashMap<>();
    List<List<FrameEntry>> groups = new ArrayList<>();
    TermTrie.Builder b = TermTrie.builder();
    for (String[] f : rows) {
      String surface = f[0];
      boolean prefix = surface.endsWith("*");
      String bare = prefix ? surface.substring(0, surface.length() - 1) : surface;
      FrameEntry e = new FrameEntry(bare, f[1], f[2], f[3], date(f, 5, resource),
          date(f, 6, resource), f.length > 7 && f[7].equals("cs"));
      String key = TermTrie.normalize(bare) + (prefix ? "*" : "");
      Integer g = index.get(key);
      if (g == null) {
        g = groups.size();
        index.put(key, g);
        groups.add(new ArrayList<>());
        b.put(surface, g);
      }
      groups.get(g).add(e);
    }
    List<List<FrameEntry>> frozen = new ArrayList<>();
    for (List<FrameEntry> g : groups) {
      frozen.add(List.copyOf(g));
    }
    return new FrameLexicon(b.build(), List.copyOf(frozen), rows.size());
  }

  private static LocalDate date(String[] f, int i, String resource) {
    if (f.length <= i || f[i].isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(f[i]);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(resource + ": bad date '" + f[i] + "' for " + f[0], e);
    }
  }

  TermTrie trie() {
    return trie;
  }

  /** Number of rows. */
  int size() {
    return size;
  }

  /**
   * The row of {@code group} for an article published on {@code date}: the row whose period holds
   * the date, or, without a date, the row of the latest period. Null when no row applies.
   */
  FrameEntry resolve(int group, LocalDate date) {
    List<FrameEntry> g = groups.get(group);
    if (g.size() == 1 && g.get(0).since() == null && g.get(0).until() == null) {
      return g.get(0);
    }
    FrameEntry best = null;
    for (FrameEntry e : g) {
      if (date != null) {
        if (e.appliesTo(date)) {
          return e;
        }
      } else if (best == null || e.periodEnd().isAfter(best.periodEnd())) {
        best = e;
      }
    }
    return best;
  }
}
