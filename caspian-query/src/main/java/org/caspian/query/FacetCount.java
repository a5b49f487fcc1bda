package org.caspian.query;

/**
 * How many matching articles have one facet value.
 *
 * @param value the value ("TASS", "en", "RUS")
 * @param count number of matching articles
 */
public record FacetCount(String value, long count) {}
