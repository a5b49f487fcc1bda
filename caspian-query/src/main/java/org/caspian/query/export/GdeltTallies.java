package org.caspian.query.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.caspian.query.events.EventRecord;

/**
 * Counts, over one export, the mentions of each event as GDELT counts them: records with the same
 * date, source code, target code and CAMEO code are one event; its NumMentions is the number of
 * such records, NumArticles the distinct articles, NumSources the distinct outlets and AvgTone the
 * mean tone of those mentions' articles. Not thread-safe.
 */
final class GdeltTallies {
  /** The figures of one event. */
  record Tally(int mentions, int articles, int sources, double avgTone) {}

  private static final class Acc {
    int mentions;
    double tone;
    final Set<String> articles = new HashSet<>();
    final Set<String> outlets = new HashSet<>();
  }

  private final Map<String, Acc> byEvent = new HashMap<>();

  /** Counts one record. */
  void add(EventRecord e) {
    Acc a = byEvent.computeIfAbsent(key(e), k -> new Acc());
    a.mentions++;
    a.tone += e.tone();
    a.articles.add(e.articleId());
    a.outlets.add(e.outlet());
  }

  /** The figures of the event {@code e} belongs to (one mention when it was never added). */
  Tally of(EventRecord e) {
    Acc a = byEvent.get(key(e));
    if (a == null) {
      return new Tally(1, 1, 1, e.tone());
    }
    return new Tally(a.mentions, a.articles.size(), a.outlets.size(), a.tone / a.mentions);
  }

  private static String key(EventRecord e) {
    return e.date() + "\t" + e.sourceCode() + "\t" + e.targetCode() + "\t" + e.cameo();
  }
}
