/**
 * The actor network: actors as nodes, events as edges (one per direction and quad class, weighted
 * by the number of events), built by {@link org.caspian.query.network.NetworkService} and written
 * as GEXF 1.3 by {@link org.caspian.query.network.GexfWriter}.
 */
package org.caspian.query.network;
