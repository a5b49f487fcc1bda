package org.caspian.query.overview;

/**
 * How the asserted events between two countries changed from one window to the next.
 *
 * @param a the country first in alphabetical order
 * @param b the other country
 * @param current events in the current window
 * @param previous events in the window before it
 * @param change {@code current - previous}
 * @param goldsteinMean mean Goldstein weight in the current window, 0 when it has no event
 * @param previousGoldsteinMean the same for the previous window
 */
public record DyadChange(String a, String b, int current, int previous, int change,
    double goldsteinMean, double previousGoldsteinMean) {}
