package org.caspian.query;

/**
 * One bucket of a dyad series: how many events, by quad class, and their Goldstein total and mean.
 *
 * @param period the bucket label, see {@link Granularity}
 * @param events number of events
 * @param quad1 verbal cooperation
 * @param quad2 material cooperation
 * @param quad3 verbal conflict
 * @param quad4 material conflict
 * @param goldsteinSum sum of Goldstein weights
 * @param goldsteinMean {@code goldsteinSum / events}, 0 when there are none
 */
public record DyadRow(String period, int events, int quad1, int quad2, int quad3, int quad4,
    double goldsteinSum, double goldsteinMean) {}
