/**
 * Article sources behind one interface, {@link org.caspian.ingest.source.ArticleSource}: RSS 2.0,
 * RSS 1.0 (RDF) and Atom feeds (ROME, over a hardened XML parser), Telegram Desktop channel exports
 * ({@code result.json}), WARC files (jwarc) and web pages (jsoup plus Caspian's own main-text and
 * metadata extraction). {@link org.caspian.ingest.source.SourceFiles} picks the source for a file.
 * Every item becomes an {@link org.caspian.ingest.IngestResult}; an input that cannot be read at all
 * fails with a one-line {@link org.caspian.ingest.source.SourceException}.
 */
package org.caspian.ingest.source;
