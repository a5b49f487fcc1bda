package org.caspian.query.workbench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.caspian.query.DyadEvent;
import org.caspian.query.PageRequest;
import org.caspian.query.ResultPage;
import org.caspian.query.ach.AchService;
import org.caspian.query.ach.EvidenceKind;
import org.caspian.query.alert.AlertService;
import org.caspian.query.brief.Brief;
import org.caspian.query.events.EventFilter;
import org.caspian.query.framing.FramingComparison;
import org.caspian.query.network.ActorNetwork;
import org.caspian.query.story.StoryGroup;

/**
 * The analyst's views over the corpus and the workspace. The server depends on this interface
 * only; {@link LuceneWorkbench} implements it over the embedded index. Implementations are
 * thread-safe; {@link IOException} means the store could not be read, {@link
 * IllegalArgumentException} a bad request whose message names the parameter.
 */
public interface Workbench extends AutoCloseable {
  /** The gap-free series of a dyad with its escalation markers. */
  DyadTimeline timeline(DyadQuery query) throws IOException;

  /** One page of the events of one period of a dyad view. */
  ResultPage<DyadEvent> bucket(DyadQuery query, String period, PageRequest page)
      throws IOException;

  /** Stories told by several outlets (see {@code StoryService}). */
  List<StoryGroup> stories(EventFilter filter, int windowDays, int minOutlets, int limit)
      throws IOException;

  /** Outlet {@code a} against outlet {@code b}, or side against side when {@code sides}. */
  FramingComparison compare(boolean sides, String a, String b, LocalDate from, LocalDate to,
      int limit) throws IOException;

  /** The actor network of the events {@code filter} selects. */
  ActorNetwork network(EventFilter filter) throws IOException;

  /** The saved alerts of the workspace. */
  AlertService alerts() throws IOException;

  /** The ACH matrices of the workspace. */
  AchService ach() throws IOException;

  /** The text an evidence item quotes, looked up from its reference (empty when not found). */
  String evidenceText(EvidenceKind kind, String reference) throws IOException;

  /** The brief on a dyad over a date range, with the workspace's open hypotheses. */
  Brief brief(String a, String b, LocalDate from, LocalDate to) throws IOException;

  /** Releases the workspace files. */
  @Override
  void close();
}
