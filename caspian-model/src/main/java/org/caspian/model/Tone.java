package org.caspian.model;

/**
 * Document tone from a lexicon, GDELT-style: positive minus negative share of words, in percent.
 *
 * @param score positive minus negative, percent of words (-100..100)
 * @param positive share of positive words, percent
 * @param negative share of negative words, percent
 * @param words number of words counted
 */
public record Tone(double score, double positive, double negative, int words) {
  public static final Tone NEUTRAL = new Tone(0, 0, 0, 0);
}
