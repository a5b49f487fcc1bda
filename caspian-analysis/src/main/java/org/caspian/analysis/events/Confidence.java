package org.caspian.analysis.events;

/**
 * How sure the coder is of one event, 0..1. Starts from the pattern's specificity (more words and
 * a four-digit code say more; nouns say less than verbs) and takes off for distance between the
 * actors and the trigger, and for each guess the rules had to make.
 */
final class Confidence {
  /** The source was carried over from an earlier coordinated verb. */
  static final int INHERITED = 1;
  /** Roles came from a passive construction. */
  static final int PASSIVE = 2;
  /** One of several pairs from a compound actor. */
  static final int COMPOUND = 4;
  /** A plain statement coded from a speech verb alone. */
  static final int STATEMENT = 8;
  /** No date in the sentence: the publication date was used. */
  static final int DEFAULT_DATE = 16;
  /** Reported by someone else. */
  static final int REPORTED = 32;
  /** An outlet standing in as source or target. */
  static final int MEDIA = 64;
  /** The sentence dates the event only relative to something undated: no date given. */
  static final int VAGUE_DATE = 128;

  private Confidence() {}

  /**
   * @param p the deciding pattern
   * @param sourceGap tokens between the source and the trigger
   * @param targetGap tokens between the trigger and the target
   * @param flags guesses made, as the bits above
   */
  static double of(Pattern p, int sourceGap, int targetGap, int flags) {
    double c = 0.55 + 0.08 * Math.min(3, p.literals() - 1);
    if (p.code().length() == 4) {
      c += 0.05;
    }
    if (p.noun()) {
      c -= 0.1;
    }
    c -= Math.min(0.2, 0.02 * Math.max(0, sourceGap - 2));
    c -= Math.min(0.2, 0.02 * Math.max(0, targetGap - 2));
    c -= (flags & INHERITED) != 0 ? 0.1 : 0;
    c -= (flags & PASSIVE) != 0 ? 0.05 : 0;
    c -= (flags & COMPOUND) != 0 ? 0.05 : 0;
    c -= (flags & STATEMENT) != 0 ? 0.1 : 0;
    c -= (flags & DEFAULT_DATE) != 0 ? 0.08 : 0;
    c -= (flags & REPORTED) != 0 ? 0.05 : 0;
    c -= (flags & MEDIA) != 0 ? 0.1 : 0;
    c -= (flags & VAGUE_DATE) != 0 ? 0.15 : 0;
    c = Math.max(0.05, Math.min(0.99, c));
    return Math.round(c * 100) / 100.0;
  }
}
