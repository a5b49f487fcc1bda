package org.caspian.query.series;

/**
 * A period the escalation rule marks.
 *
 * @param period the period label
 * @param conflicts conflict events in it (quad classes 3 and 4)
 * @param baselineMean mean conflict count of the trailing window
 * @param baselineSd standard deviation of the trailing window (population)
 * @param z {@code (conflicts - baselineMean) / max(baselineSd, minSd)}
 * @param goldsteinMean the period's Goldstein mean
 * @param goldsteinShift the period's Goldstein mean minus the window's mean of the non-empty
 *     periods' means (0 when the window has no event)
 */
public record EscalationMarker(String period, int conflicts, double baselineMean,
    double baselineSd, double z, double goldsteinMean, double goldsteinShift) {}
