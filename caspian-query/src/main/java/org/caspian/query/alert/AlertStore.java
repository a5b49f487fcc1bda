package org.caspian.query.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Alerts in an embedded H2 MVStore file ({@code alerts.mv.db} in the workspace): the alerts, for
 * each the keys it has already reported, and the history of hits (the newest {@value #HISTORY}).
 * Every change is committed at once.
 */
final class AlertStore implements AutoCloseable {
  /** Hits kept for the feed. */
  static final int HISTORY = 500;

  private final MVStore store;
  private final MVMap<String, String> alerts;
  private final MVMap<String, Boolean> seen;
  private final MVMap<Long, String> hits;
  private final MVMap<String, Long> seq;
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private AlertStore(MVStore store) {
    this.store = store;
    this.alerts = store.openMap("alerts");
    this.seen = store.openMap("seen");
    this.hits = store.openMap("hits");
    this.seq = store.openMap("seq");
  }

  static AlertStore open(Path dir) throws IOException {
    Files.createDirectories(dir);
    try {
      return new AlertStore(new MVStore.Builder()
          .fileName(dir.resolve("alerts.mv.db").toString()).autoCommitDisabled().open());
    } catch (RuntimeException e) {
      throw new IOException("cannot open the alert store in " + dir + ": " + e.getMessage(), e);
    }
  }

  String nextId() {
    long n = seq.getOrDefault("alert", 0L) + 1;
    seq.put("alert", n);
    return "A" + n;
  }

  void put(SavedAlert a) {
    alerts.put(a.id(), json(a));
    store.commit();
  }

  Optional<SavedAlert> get(String id) {
    return Optional.ofNullable(alerts.get(id)).map(s -> read(s, SavedAlert.class));
  }

  List<SavedAlert> all() {
    List<SavedAlert> out = new ArrayList<>();
    alerts.values().forEach(v -> out.add(read(v, SavedAlert.class)));
    out.sort(Comparator.comparingInt(a -> Integer.parseInt(a.id().substring(1))));
    return out;
  }

  /** Removes the alert and what it has seen; its past hits stay in the history. */
  void remove(String id) {
    alerts.remove(id);
    new ArrayList<>(seen.keySet()).stream().filter(k -> k.startsWith(id + "\t"))
        .forEach(seen::remove);
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
      hits.put(next++, json(h));
    }
    while (hits.size() > HISTORY) {
      hits.remove(hits.firstKey());
    }
    store.commit();
  }

  /** The recorded hits, newest first. */
  List<AlertHit> history() {
    List<AlertHit> out = new ArrayList<>();
    hits.values().forEach(v -> out.add(read(v, AlertHit.class)));
    java.util.Collections.reverse(out);
    return out;
  }

  private String json(Object o) {
    try {
      return mapper.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(String s, Class<T> type) {
    try {
      return mapper.readValue(s, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("corrupt alert record: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public void close() {
    store.close();
  }
}
