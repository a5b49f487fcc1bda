package org.caspian.query.brief;

import java.time.LocalDate;
import java.util.List;
import org.caspian.query.DyadRow;
import org.caspian.query.Granularity;
import org.caspian.query.events.EventRecord;
import org.caspian.query.framing.FramingComparison;
import org.caspian.query.series.EscalationMarker;

/**
 * Everything a brief on one dyad and date range says.
 *
 * @param a first actor
 * @param b second actor
 * @param from first day
 * @param to last day
 * @param by the chart's granularity
 * @param events asserted events in the range
 * @param quads events per quad class (index 0 = quad 1)
 * @param goldsteinMean mean Goldstein weight of those events (0 when none)
 * @param series the chart's rows, every period of the range
 * @param escalations the periods the escalation rule marks
 * @param keyEvents the events with the largest Goldstein magnitude, by date
 * @param quotes quotes by either side's actors in the articles behind the events
 * @param framing words distinguishing side a's outlets from side b's in the range
 * @param hypotheses open hypotheses of the ACH matrices
 */
public record Brief(String a, String b, LocalDate from, LocalDate to, Granularity by, int events,
    int[] quads, double goldsteinMean, List<DyadRow> series, List<EscalationMarker> escalations,
    List<EventRecord> keyEvents, List<BriefQuote> quotes, FramingComparison framing,
    List<BriefHypothesis> hypotheses) {

  public Brief {
    quads = quads.clone();
    series = List.copyOf(series);
    escalations = List.copyOf(escalations);
    keyEvents = List.copyOf(keyEvents);
    quotes = List.copyOf(quotes);
    hypotheses = List.copyOf(hypotheses);
  }

  /** Events per quad class (index 0 = quad 1); a copy. */
  @Override
  public int[] quads() {
    return quads.clone();
  }
}
