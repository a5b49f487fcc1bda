package org.caspian.server.pages;

import org.caspian.query.overview.Overview;

/**
 * The overview page.
 *
 * @param frame the layout
 * @param overview what to show
 * @param days the window length the changes compare
 */
public record OverviewView(PageFrame frame, Overview overview, int days) {}
