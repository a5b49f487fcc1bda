package org.caspian.query.story;

import java.time.LocalDate;
import java.util.List;
import org.caspian.query.events.EventRecord;

/**
 * Articles reporting one event.
 *
 * @param id stable id: pair, root and first date ("AZE-RUS/11/2025-06-28")
 * @param pair the two countries (or actor codes when a country is unknown), sorted, joined by '-'
 * @param root the CAMEO root shared by its events ("11")
 * @param first the earliest event date
 * @param last the latest event date
 * @param events the events, by date
 * @param outlets each outlet's telling, most events first
 */
public record StoryGroup(String id, String pair, String root, LocalDate first, LocalDate last,
    List<EventRecord> events, List<OutletView> outlets) {
  public StoryGroup {
    events = List.copyOf(events);
    outlets = List.copyOf(outlets);
  }
}
