package org.caspian.query;

/**
 * Asserted events between two countries over some period, either direction.
 *
 * @param a the country first in alphabetical order
 * @param b the other country
 * @param events number of events
 * @param goldsteinSum sum of their Goldstein weights
 */
public record DyadCount(String a, String b, int events, double goldsteinSum) {}
