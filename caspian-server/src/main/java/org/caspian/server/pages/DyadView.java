package org.caspian.server.pages;

import java.util.List;

/**
 * The dyad page: the form's initial values (the chart is drawn by {@code dyad.js}).
 *
 * @param frame the layout
 * @param a first actor
 * @param b second actor
 * @param granularities day, week, month, the chosen one active
 */
public record DyadView(PageFrame frame, String a, String b, List<NavLink> granularities) {
  public DyadView {
    granularities = List.copyOf(granularities);
  }
}
