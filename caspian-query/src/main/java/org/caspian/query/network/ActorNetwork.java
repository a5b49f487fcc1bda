package org.caspian.query.network;

import java.util.List;
import org.caspian.query.events.EventFilter;

/**
 * Actors and the events between them for one filter.
 *
 * @param filter what was asked
 * @param nodes actors, most active first
 * @param edges directed edges, heaviest first
 */
public record ActorNetwork(EventFilter filter, List<NetworkNode> nodes, List<NetworkEdge> edges) {
  public ActorNetwork {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }
}
