package org.caspian.server.pages;

import java.util.List;
import org.caspian.query.alert.AlertHit;
import org.caspian.query.alert.SavedAlert;

/**
 * The alerts page.
 *
 * @param frame the layout
 * @param alerts the saved alerts
 * @param hits the recorded hits, newest first
 */
public record AlertsView(PageFrame frame, List<SavedAlert> alerts, List<AlertHit> hits) {
  public AlertsView {
    alerts = List.copyOf(alerts);
    hits = List.copyOf(hits);
  }
}
