package org.caspian.query.workbench;

import java.util.List;
import org.caspian.query.DyadRow;
import org.caspian.query.series.EscalationMarker;
import org.caspian.query.series.EscalationRule;

/**
 * A dyad series on a true time axis with its escalation markers.
 *
 * @param query what was asked
 * @param rows one row per period from the first to the last with events, empty ones as zeros
 * @param markers the periods the rule marks
 * @param rule the escalation rule applied
 */
public record DyadTimeline(DyadQuery query, List<DyadRow> rows, List<EscalationMarker> markers,
    EscalationRule rule) {
  public DyadTimeline {
    rows = List.copyOf(rows);
    markers = List.copyOf(markers);
  }

  /** The rule in one sentence, for a page or a JSON answer. */
  public String ruleText() {
    return String.format(java.util.Locale.ROOT, "A period is marked when its conflict events "
        + "(quad classes 3 and 4) reach z >= %.1f against the %d periods before it (empty ones "
        + "count as 0; standard deviation floored at %.1f), with at least %d conflict events and "
        + "%d earlier periods.", rule.threshold(), rule.window(), rule.minSd(),
        rule.minConflicts(), rule.minHistory());
  }
}
