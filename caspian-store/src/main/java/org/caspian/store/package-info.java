/**
 * Where analysed articles live once the pipeline is done with them: the {@link
 * org.caspian.store.ArticleStore} contract that ingestion writes to and every query reads from.
 */
package org.caspian.store;
