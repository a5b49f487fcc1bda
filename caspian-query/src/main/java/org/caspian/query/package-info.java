/**
 * Questions asked of the store. {@link org.caspian.query.CorpusQueries} is the interface the
 * server reads through (records: {@link org.caspian.query.SearchRequest}, {@link
 * org.caspian.query.SearchFilters}, {@link org.caspian.query.PageRequest}, {@link
 * org.caspian.query.SearchAnswer}, {@link org.caspian.query.ResultPage}); {@link
 * org.caspian.query.LuceneCorpusQueries} implements it over the embedded index with full-text
 * search ({@link org.caspian.query.SearchService}), the events view ({@link
 * org.caspian.query.EventSearch}) and dyad series with the events behind each bucket ({@link
 * org.caspian.query.DyadService}, exported by {@link org.caspian.query.DyadCsv}). {@link
 * org.caspian.query.QueryLimits} bounds query text before any parser sees it.
 */
package org.caspian.query;
