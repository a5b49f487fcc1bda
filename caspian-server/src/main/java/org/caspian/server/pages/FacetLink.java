package org.caspian.server.pages;

/**
 * One facet value on the search page: following the link adds the value to the filters, or takes
 * it off when it is already chosen.
 *
 * @param label the value as shown
 * @param count matching results with it
 * @param href the search with this value toggled
 * @param active true when the value is one of the filters
 */
public record FacetLink(String label, long count, String href, boolean active) {}
