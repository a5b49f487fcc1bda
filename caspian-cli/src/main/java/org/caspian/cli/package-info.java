/**
 * The {@code caspian} command line: picocli commands over ingest, analysis, store, query and
 * server. Exit codes: 0 ok, 1 failure (including any bad input item), 2 usage error.
 */
package org.caspian.cli;
