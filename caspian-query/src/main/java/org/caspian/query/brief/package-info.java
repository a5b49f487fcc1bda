/**
 * Briefs on one dyad over a date range: key events with dates, outlets and sentences, the dyad
 * chart drawn as SVG and PNG (Java2D, no browser), top quotes, framing differences between the two
 * sides' outlets, and the open hypotheses of the ACH matrices; written as Markdown or HTML. Entry
 * point: {@link org.caspian.query.brief.BriefService}.
 */
package org.caspian.query.brief;
