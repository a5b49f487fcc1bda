/**
 * Questions asked of the store: full-text search with highlights and facets ({@link
 * org.caspian.query.SearchService}) and dyad time series with the events behind each bucket ({@link
 * org.caspian.query.DyadService}, exported by {@link org.caspian.query.DyadCsv}).
 */
package org.caspian.query;
