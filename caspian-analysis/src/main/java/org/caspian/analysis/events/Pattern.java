package org.caspian.analysis.events;

import java.util.Arrays;

/**
 * One compiled entry of the pattern lexicon: a sequence of word-id sets, with optional gaps of up
 * to {@value #MAX_GAP} tokens before an element, that codes to one CAMEO code.
 *
 * @param text the pattern as written in the data file
 * @param line row number in the data file (comments left out)
 * @param code CAMEO code
 * @param noun true for noun patterns ("arrest of"), false for verb patterns
 * @param elements per element, the sorted ids of the words it accepts
 * @param gapBefore per element, whether up to {@value #MAX_GAP} other tokens may precede it
 * @param headIds ids of the spellings of the first element, sorted
 * @param headForms {@link Form} bits of each spelling in {@code headIds}
 * @param symmetric whether the act is mutual (meet, sign, negotiate): coded both ways
 * @param speech whether it is a speech verb whose complement is reported speech
 * @param negating whether it denies its complement ("denied that")
 * @param family control family ("THREAT", "INTENT"...) for verbs that take an embedded act, or ""
 * @param direct whether only a direct object can be the target ("received the envoy", not
 *     "received assets from Moscow")
 * @param site whether an actor after a premises preposition ("a search at the Sputnik office")
 *     can be the target
 * @param nominal code when no act is embedded and the complement is a noun phrase, "on ..." or
 *     a that-clause instead of an infinitive ("agreed on a mission" 057 vs "agreed to help"), or
 *     empty
 * @param peer converted from a peer dictionary rather than written for Caspian: its verb reading
 *     must be plain (see {@code TriggerFinder})
 * @param government case and preposition of target and source, for a language whose roles
 *     follow case ({@link Government#NONE} in English)
 */
record Pattern(
    String text,
    int line,
    String code,
    boolean noun,
    int[][] elements,
    boolean[] gapBefore,
    int[] headIds,
    int[] headForms,
    boolean symmetric,
    boolean speech,
    boolean negating,
    String family,
    boolean direct,
    boolean site,
    String nominal,
    boolean peer,
    Government government) {

  /** Longest run of other tokens a gap may cover. */
  static final int MAX_GAP = 4;

  private static final long GAP_STOP =
      WordRole.HARD.bit() | WordRole.COMMA.bit() | WordRole.STOP.bit() | WordRole.QUOTE.bit()
          | WordRole.QUESTION.bit();

  /** Form bits of the head spelling {@code id}, or 0. */
  int headForm(int id) {
    int i = Arrays.binarySearch(headIds, id);
    return i >= 0 ? headForms[i] : 0;
  }

  /** Number of literal words: more words, more specific. */
  int literals() {
    return elements.length;
  }

  /**
   * Ranking between patterns that match at the same head: a hand-made pattern before any
   * converted one (it wins on conflict: "cancelled a planned visit" is the hand-made 125, not the
   * peer's 161), then more words, then code depth.
   */
  int score() {
    return (peer ? 0 : 1000) + elements.length * 10 + code.length();
  }

  /**
   * Tries to match at token {@code i}; {@code wid} and {@code roles} describe tokens up to {@code
   * end} (exclusive).
   *
   * @param last receives, for each element, the token it matched
   * @return index of the last matched token, or -1
   */
  int match(int[] wid, long[] roles, int i, int end, int[] last) {
    if (headForm(wid[i]) == 0) {
      return -1;
    }
    last[0] = i;
    int pos = i;
    for (int k = 1; k < elements.length; k++) {
      int limit = gapBefore[k] ? Math.min(end, pos + 2 + MAX_GAP) : Math.min(end, pos + 2);
      int found = -1;
      for (int j = pos + 1; j < limit; j++) {
        if (Arrays.binarySearch(elements[k], wid[j]) >= 0) {
          found = j;
          break;
        }
        if ((roles[j] & GAP_STOP) != 0) {
          break;
        }
      }
      if (found < 0) {
        return -1;
      }
      last[k] = found;
      pos = found;
    }
    return pos;
  }
}
