package org.caspian.server.pages;

import java.util.List;

/**
 * The values of one facet dimension on the search page.
 *
 * @param title heading ("Outlet")
 * @param values the values, most frequent first
 */
public record FacetGroup(String title, List<FacetLink> values) {
  public FacetGroup {
    values = List.copyOf(values);
  }
}
