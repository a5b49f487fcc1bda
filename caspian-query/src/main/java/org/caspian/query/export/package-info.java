/**
 * Event exports: CSV, JSON Lines, GDELT 2.0-style TSV (the 61 GDELT event columns, then ours),
 * Parquet and GEXF, behind {@link org.caspian.query.export.ExportService}.
 */
package org.caspian.query.export;
