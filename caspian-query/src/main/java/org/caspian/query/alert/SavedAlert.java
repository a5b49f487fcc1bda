package org.caspian.query.alert;

import java.util.Locale;

/**
 * A saved alert.
 *
 * @param id "A1", "A2", ...
 * @param kind what it watches
 * @param name a label for the feed
 * @param query for {@link AlertKind#QUERY}: Lucene query syntax over title and text; else ""
 * @param dyadA for {@link AlertKind#ESCALATION}: first actor; else ""
 * @param dyadB for {@link AlertKind#ESCALATION}: second actor; else ""
 * @param granularity for {@link AlertKind#ESCALATION}: "day", "week" or "month"; else ""
 * @param created ISO-8601 instant it was saved
 */
public record SavedAlert(String id, AlertKind kind, String name, String query, String dyadA,
    String dyadB, String granularity, String created) {

  /** One line describing it. */
  public String describe() {
    return kind == AlertKind.QUERY ? "query: " + query
        : "escalation " + dyadA + "-" + dyadB + " by " + granularity.toLowerCase(Locale.ROOT);
  }
}
