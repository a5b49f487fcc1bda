package org.caspian.ingest.watch;

import java.net.URI;
import java.util.Collection;
import java.util.Optional;

/** Where the watcher keeps feed states and the items it has seen; survives restarts. */
public interface WatchState extends AutoCloseable {

  /** The stored state of a feed, if it was ever polled. */
  Optional<FeedState> feed(URI url);

  /** Stores a feed's state (durable after {@link #commit()}). */
  void put(FeedState state);

  /** True when this item of this feed was seen (and handed on) before. */
  boolean seen(URI feed, String itemKey);

  /** Remembers items as seen (durable after {@link #commit()}). */
  void markSeen(URI feed, Collection<String> itemKeys);

  /** Makes everything put or marked so far durable. */
  void commit();

  @Override
  void close();
}
