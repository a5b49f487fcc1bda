/**
 * Analysis of Competing Hypotheses (Heuer): hypotheses, evidence items drawn from events, quotes,
 * articles or notes, each item rated against each hypothesis, the matrix and the inconsistency
 * ranking, kept in an embedded H2 MVStore file and exported as Markdown. Entry point:
 * {@link org.caspian.query.ach.AchService}.
 */
package org.caspian.query.ach;
