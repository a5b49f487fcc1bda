/**
 * Reading coded events out of the index for the analyst's tools: a filter (dyad, actor, dates,
 * modality), one flat record per event with its article's outlet, address and tone, and a reader
 * that streams them in date order. Exports, networks, briefs and story grouping all read through
 * {@link org.caspian.query.events.EventReader}.
 */
package org.caspian.query.events;
