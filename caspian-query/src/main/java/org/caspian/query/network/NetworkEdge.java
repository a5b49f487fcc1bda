package org.caspian.query.network;

import java.util.List;

/**
 * The events from one actor to another in one quad class.
 *
 * @param id stable edge id ("RUSGOV>AZEGOV:3")
 * @param source source actor code
 * @param target target actor code
 * @param quad quad class 1..4, which gives the colour
 * @param events number of events: the edge's weight
 * @param goldsteinMean mean Goldstein weight of those events
 * @param eventKeys the events ("articleId#ordinal"), in date order, to open their sentences
 */
public record NetworkEdge(String id, String source, String target, int quad, int events,
    double goldsteinMean, List<String> eventKeys) {

  public NetworkEdge {
    eventKeys = List.copyOf(eventKeys);
  }

  /** The colour of the edge's quad class ("#de2d26"). */
  public String color() {
    return QuadPalette.hex(quad);
  }
}
