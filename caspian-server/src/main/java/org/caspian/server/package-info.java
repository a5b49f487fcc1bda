/**
 * The HTTP face of Caspian: a JSON API over search, dyad series and articles, and a small
 * server-rendered dashboard (one ES module, ECharts from its WebJar, no build step), started with
 * {@link org.caspian.server.CaspianServer#start}.
 */
package org.caspian.server;
