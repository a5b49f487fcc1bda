package org.caspian.query.alert;

/** What an alert watches. */
public enum AlertKind {
  /** A full-text query over article titles and texts. */
  QUERY,
  /** A dyad's escalation markers. */
  ESCALATION
}
