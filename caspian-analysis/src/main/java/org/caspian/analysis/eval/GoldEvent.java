package org.caspian.analysis.eval;

import java.time.LocalDate;
import java.util.Objects;
import org.caspian.model.Modality;

/**
 * One event a human coder marked in a gold item. Gold events carry no span: they are matched by
 * dyad and code.
 *
 * @param source actor code of who acted
 * @param target actor code of who was acted upon
 * @param cameo most specific sensible CAMEO code ("1123")
 * @param modality asserted, negated, hypothetical or planned
 * @param date when it happened, {@code null} when the text does not say
 */
public record GoldEvent(
    String source, String target, String cameo, Modality modality, LocalDate date) {
  public GoldEvent {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(modality, "modality");
    if (cameo.length() < 2) {
      throw new IllegalArgumentException("CAMEO code too short: '" + cameo + "'");
    }
  }

  /** The two-digit CAMEO root ("11" for "1123"). */
  public String root() {
    return cameo.substring(0, 2);
  }
}
