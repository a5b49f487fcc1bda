package org.caspian.server.pages;

import java.util.List;
import org.caspian.query.alert.AlertHit;
import org.caspian.query.overview.Overview;

/**
 * The overview page.
 *
 * @param frame the layout
 * @param overview what to show
 * @param days the window length the changes compare
 * @param savedAlerts how many alerts are saved, -1 when the server has no workspace
 * @param alertHits the newest alert hits
 */
public record OverviewView(PageFrame frame, Overview overview, int days, int savedAlerts,
    List<AlertHit> alertHits) {
  public OverviewView {
    alertHits = List.copyOf(alertHits);
  }
}
