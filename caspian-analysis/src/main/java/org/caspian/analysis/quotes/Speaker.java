package org.caspian.analysis.quotes;

/**
 * Who said something: the name to report, the actor code (may be empty) and, when the speaker is
 * a person the article names, that person's index in {@link People} (else -1).
 */
record Speaker(String name, String code, int person) {
  /** Attributed to somebody the text does not let us name ("he" with no person before). */
  static final Speaker UNKNOWN = new Speaker("", "", -1);
}
