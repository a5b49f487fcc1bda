/**
 * The HTTP face of Caspian, started with {@link org.caspian.server.CaspianServer#start}: a JSON API
 * under {@code /api} described at {@code /openapi.json} (each route an {@code ApiRoute}, the one
 * source of the router and the description), pages rendered from precompiled jte templates
 * (overview, search, article reader, dyads), small ES modules, ECharts and htmx from WebJars.
 * Everything is read through {@link org.caspian.query.CorpusQueries}.
 */
package org.caspian.server;
