package org.caspian.query;

/**
 * How far a search counts its matches exactly. Up to {@code exactLimit} matches, the total and the
 * facet counts are exact; past it, the total is an estimate (never below what Lucene counted) and
 * the facets are counted over a sample of about {@code sampleSize} matches spread over the whole
 * index, scaled up, and marked approximate.
 *
 * @param exactLimit most matches counted exactly, at least 1; {@link Integer#MAX_VALUE} counts
 *     every match (the behaviour before limits, kept as the benchmark's baseline)
 * @param sampleSize matches a sample aims at, at least 1
 */
public record CountLimits(int exactLimit, int sampleSize) {
  /** What the API and CLI use: exact up to 1,000 matches, a sample of about 2,000 past it. */
  public static final CountLimits DEFAULT = new CountLimits(1_000, 2_000);
  /** Every match counted, every time (slow on large indexes; the benchmark's baseline). */
  public static final CountLimits EXACT = new CountLimits(Integer.MAX_VALUE, Integer.MAX_VALUE);

  public CountLimits {
    if (exactLimit < 1 || sampleSize < 1) {
      throw new IllegalArgumentException(
          "exactLimit and sampleSize must be at least 1: " + exactLimit + ", " + sampleSize);
    }
  }

  /** Whether every match is counted. */
  boolean exact() {
    return exactLimit == Integer.MAX_VALUE;
  }
}
