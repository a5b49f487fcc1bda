/**
 * Near-duplicate detection: MinHash signatures over word shingles, banded for locality-sensitive
 * lookup, and the finder that links each article to the most similar one seen before it (in this
 * run or, through {@link org.caspian.store.dedup.EarlierArticles}, in the index).
 */
package org.caspian.store.dedup;
