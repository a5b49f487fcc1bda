package org.caspian.server.pages;

/**
 * The actor network page (the graph is drawn by {@code network.js} from {@code /api/network}).
 *
 * @param frame the layout
 * @param form the filter as sent
 * @param query the filter as an API query string, for the GEXF link
 */
public record NetworkView(PageFrame frame, FormValues form, String query) {}
