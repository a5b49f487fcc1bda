package org.caspian.query.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caspian.query.workspace.JsonMapFile;
import org.h2.mvstore.MVMap;

/**
 * Alerts in an embedded H2 MVStore file ({@code alerts.mv.db} in the workspace): the alerts, for
 * each the keys it has already reported, and the history of hits (the newest {@value #HISTORY}).
 * Every change is committed at once.
 */
final class AlertStore implements AutoCloseable {
  /** Hits kept for the feed. */
  static final int HISTORY = 500;

  private final JsonMapFile store;
  private final MVMap<String, String> alerts;
  private final MVMap<String, Boolean> seen;
  private final MVMap<Long, String> hits;
  private final MVMap<String, Long> seq;

  private AlertStore(JsonMapFile store) {
    this.store = store;
    this.alerts = store.map("alerts");
    this.seen = store.map("seen");
    this.hits = store.map("hits");
    this.seq = store.map("seq");
  }

  static AlertStore open(Path dir) throws IOException {
    return new AlertStore(JsonMapFile.open(dir, "alerts.mv.db", "alert", new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)));
  }

  String nextId() {
    return "A" + JsonMapFile.next(seq, "alert");
  }

  void put(SavedAlert a) {
    alerts.put(a.id(), store.json(a));
    store.commit();
  }

  Optional<SavedAlert> get(String id) {
    return Optional.ofNullable(alerts.get(id)).map(s -> store.read(s, SavedAlert.class));
  }

  List<SavedAlert> all() {
    List<SavedAlert> out = store.readAll(alerts.values(), SavedAlert.class);
    out.sort(Comparator.comparingInt(a -> Integer.parseInt(a.id().substring(1))));
    return out;
  }

  /** Removes the alert and what it has seen; its past hits stay in the history. */
  void remove(String id) {
    alerts.remove(id);
    JsonMapFile.removePrefixed(seen, id + "\t");
    store.commit();
  }

  boolean seen(String alertId, String key) {
    return seen.containsKey(alertId + "\t" + key);
  }

  void markSeen(String alertId, Collection<String> keys) {
    keys.forEach(k -> seen.put(alertId + "\t" + k, Boolean.TRUE));
    store.commit();
  }

  void record(List<AlertHit> found) {
    long next = hits.isEmpty() ? 1 : hits.lastKey() + 1;
    for (AlertHit h : found) {
      hits.put(next++, store.json(h));
    }
    while (hits.size() > HISTORY) {
      hits.remove(hits.firstKey());
    }
    store.commit();
  }

  /** The recorded hits, newest first. */
  List<AlertHit> history() {
    List<AlertHit> out = store.readAll(hits.values(), AlertHit.class);
    java.util.Collections.reverse(out);
    return out;
  }

  @Override
  public void close() {
    store.close();
  }
}
