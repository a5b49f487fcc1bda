package org.caspian.query.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caspian.query.DyadEvent;
import org.caspian.query.DyadRow;
import org.caspian.query.DyadService;
import org.caspian.query.PageRequest;
import org.caspian.query.ResultPage;
import org.caspian.query.ach.AchService;
import org.caspian.query.ach.EvidenceKind;
import org.caspian.query.ach.EvidenceResolver;
import org.caspian.query.alert.AlertService;
import org.caspian.query.brief.Brief;
import org.caspian.query.brief.BriefService;
import org.caspian.query.events.EventFilter;
import org.caspian.query.events.EventReader;
import org.caspian.query.framing.ArticleCorpus;
import org.caspian.query.framing.FramingComparison;
import org.caspian.query.framing.FramingService;
import org.caspian.query.framing.OutletSides;
import org.caspian.query.network.ActorNetwork;
import org.caspian.query.network.NetworkService;
import org.caspian.query.series.EscalationRule;
import org.caspian.query.series.SeriesGaps;
import org.caspian.query.story.StoryGroup;
import org.caspian.query.story.StoryService;
import org.caspian.store.ArticleStore;
import org.caspian.store.lucene.SearcherSource;

/**
 * {@link Workbench} over the embedded Lucene index, with alerts and ACH matrices in a workspace
 * folder. The workspace files are opened on first use (each is an MVStore file that one process
 * holds at a time) and closed by {@link #close()}; the store stays the caller's. Thread-safe.
 */
public final class LuceneWorkbench implements Workbench {
  private final SearcherSource source;
  private final Path workspace;
  private final Clock clock;
  private final DyadService dyads;
  private final FramingService framing;
  private final StoryService stories;
  private final NetworkService network;
  private final BriefService briefs;
  private final EvidenceResolver evidence;
  private AlertService alerts;
  private AchService ach;

  private LuceneWorkbench(ArticleStore store, SearcherSource source, Path workspace,
      Clock clock) {
    this.source = source;
    this.workspace = workspace;
    this.clock = clock;
    this.dyads = new DyadService(source);
    ArticleCorpus corpus = new ArticleCorpus(source, OutletSides.bundled());
    EventReader events = new EventReader(source);
    this.framing = new FramingService(corpus);
    this.stories = new StoryService(events, corpus, framing);
    this.network = new NetworkService(events);
    this.briefs = new BriefService(events, dyads, store, corpus, framing);
    this.evidence = new EvidenceResolver(store);
  }

  /**
   * The workbench over {@code store} (a Lucene store) with its workspace in {@code workspace}.
   *
   * @throws IllegalArgumentException if the store cannot be searched
   */
  public static LuceneWorkbench over(ArticleStore store, Path workspace, Clock clock) {
    Objects.requireNonNull(store, "store");
    if (!(store instanceof SearcherSource searchable)) {
      throw new IllegalArgumentException("the workbench needs a searchable store (LuceneStore), "
          + "got " + store.getClass().getName());
    }
    return new LuceneWorkbench(store, searchable, Objects.requireNonNull(workspace, "workspace"),
        Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public DyadTimeline timeline(DyadQuery q) throws IOException {
    List<DyadRow> rows = SeriesGaps.fill(
        dyads.series(q.a(), q.b(), q.by(), q.includeAll(), q.filter()), q.by());
    EscalationRule rule = EscalationRule.DEFAULT;
    return new DyadTimeline(q, rows, rule.apply(rows), rule);
  }

  @Override
  public ResultPage<DyadEvent> bucket(DyadQuery q, String period, PageRequest page)
      throws IOException {
    return dyads.events(q.a(), q.b(), period, q.by(), q.includeAll(), q.filter(), page);
  }

  @Override
  public List<StoryGroup> stories(EventFilter filter, int windowDays, int minOutlets, int limit)
      throws IOException {
    return stories.stories(filter, windowDays, minOutlets, limit);
  }

  @Override
  public FramingComparison compare(boolean sides, String a, String b, LocalDate from,
      LocalDate to, int limit) throws IOException {
    return sides ? framing.compareSides(a, b, from, to, limit)
        : framing.compareOutlets(a, b, from, to, limit);
  }

  @Override
  public ActorNetwork network(EventFilter filter) throws IOException {
    return network.network(filter);
  }

  @Override
  public synchronized AlertService alerts() throws IOException {
    if (alerts == null) {
      alerts = AlertService.open(workspace, source, clock);
    }
    return alerts;
  }

  @Override
  public synchronized AchService ach() throws IOException {
    if (ach == null) {
      ach = AchService.open(workspace);
    }
    return ach;
  }

  @Override
  public String evidenceText(EvidenceKind kind, String reference) {
    return kind == EvidenceKind.NOTE ? "" : evidence.text(kind, reference);
  }

  @Override
  public Brief brief(String a, String b, LocalDate from, LocalDate to) throws IOException {
    return briefs.brief(a, b, from, to, ach());
  }


  @Override
  public synchronized void close() {
    if (alerts != null) {
      alerts.close();
      alerts = null;
    }
    if (ach != null) {
      ach.close();
      ach = null;
    }
  }
}
