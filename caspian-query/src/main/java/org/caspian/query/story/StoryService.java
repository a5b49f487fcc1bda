package org.caspian.query.story;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.caspian.query.events.EventFilter;
import org.caspian.query.events.EventReader;
import org.caspian.query.events.EventRecord;
import org.caspian.query.framing.ArticleCorpus;
import org.caspian.query.framing.CorpusArticle;
import org.caspian.query.framing.FramingComparison;
import org.caspian.query.framing.FramingService;

/**
 * Groups the events an {@link EventFilter} selects into stories: events of the same unordered
 * pair of countries (actor codes where a country is unknown) and the same CAMEO root belong to one
 * story when each falls within {@code windowDays} of the story's first event. A story is kept when
 * at least {@code minOutlets} outlets report it. For each outlet, its words are compared against
 * the other outlets' articles of the story ({@link FramingService}). Undated events are left out.
 * Thread-safe.
 */
public final class StoryService {
  /** Words listed per outlet. */
  public static final int TERMS = 6;

  private final EventReader events;
  private final ArticleCorpus corpus;
  private final FramingService framing;

  /** Reads events and article texts through these. */
  public StoryService(EventReader events, ArticleCorpus corpus, FramingService framing) {
    this.events = Objects.requireNonNull(events, "events");
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.framing = Objects.requireNonNull(framing, "framing");
  }

  /**
   * The stories, those told by most outlets first (then by date), at most {@code limit}.
   *
   * @throws IllegalArgumentException when a bound is out of range
   */
  public List<StoryGroup> stories(EventFilter filter, int windowDays, int minOutlets, int limit)
      throws IOException {
    if (windowDays < 0 || windowDays > 31 || minOutlets < 1 || limit < 1) {
      throw new IllegalArgumentException("window must be 0..31 days, min outlets and limit >= 1");
    }
    Map<String, List<List<EventRecord>>> byKey = new TreeMap<>();
    for (EventRecord e : events.read(filter)) {
      if (e.date() == null) {
        continue;
      }
      List<List<EventRecord>> clusters = byKey.computeIfAbsent(key(e), k -> new ArrayList<>());
      List<EventRecord> open = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
      if (open != null
          && ChronoUnit.DAYS.between(open.get(0).date(), e.date()) <= windowDays) {
        open.add(e);
      } else {
        List<EventRecord> c = new ArrayList<>();
        c.add(e);
        clusters.add(c);
      }
    }
    List<List<EventRecord>> kept = new ArrayList<>();
    byKey.values().forEach(cs -> cs.stream()
        .filter(c -> c.stream().map(EventRecord::outlet).distinct().count() >= minOutlets)
        .forEach(kept::add));
    kept.sort(Comparator.comparingLong((List<EventRecord> c) -> -c.stream()
        .map(EventRecord::outlet).distinct().count())
        .thenComparing(c -> c.get(0).date()).thenComparing(c -> key(c.get(0))));
    List<StoryGroup> out = new ArrayList<>();
    for (List<EventRecord> c : kept.subList(0, Math.min(limit, kept.size()))) {
      out.add(group(c));
    }
    return out;
  }

  private StoryGroup group(List<EventRecord> evs) throws IOException {
    EventRecord first = evs.get(0);
    Map<String, List<EventRecord>> byOutlet = new LinkedHashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    for (EventRecord e : evs) {
      byOutlet.computeIfAbsent(e.outlet(), k -> new ArrayList<>()).add(e);
      ids.add(e.articleId());
    }
    List<CorpusArticle> articles = corpus.byIds(ids);
    List<OutletView> views = new ArrayList<>();
    for (Map.Entry<String, List<EventRecord>> o : byOutlet.entrySet()) {
      String outlet = o.getKey();
      FramingComparison c = framing.compare(outlet, a -> a.outlet().equals(outlet), "others",
          a -> !a.outlet().equals(outlet), articles, TERMS);
      Set<String> own = new LinkedHashSet<>();
      Set<String> sentences = new LinkedHashSet<>();
      o.getValue().forEach(e -> {
        own.add(e.articleId());
        sentences.add(e.sentence().strip());
      });
      String side = articles.stream().filter(a -> a.outlet().equals(outlet))
          .map(CorpusArticle::side).findFirst().orElse("");
      views.add(new OutletView(outlet, side, List.copyOf(own), List.copyOf(sentences),
          c.leaningA()));
    }
    views.sort(Comparator.comparingInt((OutletView v) -> -v.sentences().size())
        .thenComparing(OutletView::outlet));
    String[] k = key(first).split("\t");
    return new StoryGroup(k[0] + "/" + k[1] + "/" + first.date(), k[0], k[1], first.date(),
        evs.get(evs.size() - 1).date(), evs, views);
  }

  /** "pair TAB root": the two sides sorted, so either direction is one story. */
  static String key(EventRecord e) {
    String s = e.sourceCountry().isEmpty() ? e.sourceCode() : e.sourceCountry();
    String t = e.targetCountry().isEmpty() ? e.targetCode() : e.targetCountry();
    String pair = s.compareTo(t) <= 0 ? s + "-" + t : t + "-" + s;
    return pair + "\t" + e.root();
  }
}
