/**
 * The overview: latest articles, top actors and the dyads that changed most between two windows,
 * built from any {@link org.caspian.query.CorpusQueries} ({@link
 * org.caspian.query.overview.OverviewService}).
 */
package org.caspian.query.overview;
