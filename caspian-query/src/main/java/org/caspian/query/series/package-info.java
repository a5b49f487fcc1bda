/**
 * Dyad series as a true time axis: {@link org.caspian.query.series.SeriesGaps} fills the empty
 * periods between the first and last non-empty one, and
 * {@link org.caspian.query.series.EscalationService} marks the periods where conflict jumps above
 * its trailing baseline.
 */
package org.caspian.query.series;
