/**
 * Watching feeds: {@link org.caspian.ingest.watch.FeedList} reads the list of feed URLs, {@link
 * org.caspian.ingest.watch.FeedFetcher} fetches politely and safely (User-Agent, conditional GET,
 * size and time limits, no private or loopback addresses unless allowed, every redirect
 * re-checked), and {@link org.caspian.ingest.watch.FeedWatcher} polls, backs off on failure and
 * hands on the items not seen before, keeping its {@link org.caspian.ingest.watch.FeedState} in a
 * {@link org.caspian.ingest.watch.WatchState} so a restart resumes.
 */
package org.caspian.ingest.watch;
