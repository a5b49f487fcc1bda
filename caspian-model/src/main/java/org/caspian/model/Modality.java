package org.caspian.model;

/** Whether an event is said to have happened. Only {@link #ASSERTED} events count as happened. */
public enum Modality {
  ASSERTED,
  NEGATED,
  HYPOTHETICAL,
  PLANNED,
  /** Alleged by one actor (the act inside an accusation), not confirmed by the text's author. */
  CLAIMED;

  /** Lower-case name as used in JSON output. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
