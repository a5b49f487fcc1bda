package org.caspian.model;

/** The annotation layers a stage may require or provide. */
public enum Layer {
  LANGUAGE,
  SENTENCES,
  TOKENS,
  ACTORS,
  EVENTS,
  QUOTES,
  TONE,
  FRAMING
}
