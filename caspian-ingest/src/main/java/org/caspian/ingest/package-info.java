/**
 * Ingest: turns files on disk (plain text with an optional header block, JSON Lines) into {@link
 * org.caspian.model.Article}s. Every input item yields an {@link org.caspian.ingest.IngestResult}:
 * an article or a one-line error naming the file and line, so one bad item never stops a batch.
 */
package org.caspian.ingest;
