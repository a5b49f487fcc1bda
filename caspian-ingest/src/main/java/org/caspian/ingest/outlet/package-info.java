/**
 * The registry of news outlets (name, domains, aliases, Telegram channels, country, languages,
 * side, type) and the resolver that recognises an article's outlet from its URL, its source name
 * or its Telegram channel. The built-in registry is {@code outlets.tsv} in this package's
 * resources; users add or override entries with a file of the same form.
 */
package org.caspian.ingest.outlet;
