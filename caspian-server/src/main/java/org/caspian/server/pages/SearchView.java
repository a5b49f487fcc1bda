package org.caspian.server.pages;

import java.util.List;
import org.caspian.query.DyadEvent;
import org.caspian.query.SearchHit;

/**
 * The search page.
 *
 * @param frame the layout
 * @param query the query as typed
 * @param events true when results are events, false when articles
 * @param summary "12 articles", or the error when the search was refused
 * @param failed true when {@code summary} is an error
 * @param hits the articles of this page (empty in events mode)
 * @param eventHits the events of this page (empty in articles mode)
 * @param modes links to the same search as articles and as events
 * @param facets facet groups for the sidebar
 * @param chosen the filters in force, each linking to the search without it
 * @param pager links to the previous, numbered and next pages
 * @param hidden the parameters the search form carries over unchanged (name, value pairs)
 */
public record SearchView(PageFrame frame, String query, boolean events, String summary,
    boolean failed, List<SearchHit> hits, List<DyadEvent> eventHits, List<NavLink> modes,
    List<FacetGroup> facets, List<NavLink> chosen, List<NavLink> pager,
    List<NavLink> hidden) {
  public SearchView {
    hits = List.copyOf(hits);
    eventHits = List.copyOf(eventHits);
    modes = List.copyOf(modes);
    facets = List.copyOf(facets);
    chosen = List.copyOf(chosen);
    pager = List.copyOf(pager);
    hidden = List.copyOf(hidden);
  }
}
