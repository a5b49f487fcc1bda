/**
 * The embedded Lucene implementation of the store: one index directory holding an article document
 * per article and one event document per coded event, laid out by {@link
 * org.caspian.store.lucene.Schema} and opened with {@link org.caspian.store.lucene.LuceneStore#open}.
 */
package org.caspian.store.lucene;
