package org.caspian.model;

import java.util.Objects;

/**
 * A loaded term and the side whose vocabulary it belongs to.
 *
 * @param term canonical form of the term ("Artsakh")
 * @param side whose vocabulary: an ISO alpha-3 code ("ARM", "AZE") or a label such as "neutral"
 * @param frame the concept both sides name differently ("karabakh-name"), for pairing terms
 * @param span where in the text
 */
public record FrameMarker(String term, String side, String frame, Span span) {
  public FrameMarker {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(span, "span");
  }
}
