package org.caspian.query.ach;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caspian.query.workspace.JsonMapFile;
import org.h2.mvstore.MVMap;

/**
 * ACH matrices in an embedded H2 MVStore file ({@code ach.mv.db} in the workspace folder). Per
 * matrix: its hypotheses and evidence (JSON by id) and its ratings ("E1 TAB H1" to a code). Every
 * change is committed at once. Thread-safe (MVStore maps are).
 */
final class AchStore implements AutoCloseable {
  private final JsonMapFile store;
  private final MVMap<String, String> matrices;

  private AchStore(JsonMapFile store) {
    this.store = store;
    this.matrices = store.map("matrices");
  }

  /** Opens (or creates) {@code ach.mv.db} in {@code dir}. */
  static AchStore open(Path dir) throws IOException {
    return new AchStore(JsonMapFile.open(dir, "ach.mv.db", "ACH", new ObjectMapper()));
  }

  boolean exists(String matrix) {
    return matrices.containsKey(matrix);
  }

  void create(String matrix) {
    matrices.putIfAbsent(matrix, "");
    store.commit();
  }

  List<String> matrixNames() {
    return new ArrayList<>(matrices.keySet());
  }

  /** The next id with this prefix ("H" → "H3"). */
  String nextId(String matrix, String prefix) {
    return prefix + JsonMapFile.next(store.map(matrix + "/seq"), prefix);
  }

  void put(String matrix, Hypothesis h) {
    records(matrix, "/hypotheses").put(h.id(), store.json(h));
    store.commit();
  }

  void put(String matrix, Evidence e) {
    records(matrix, "/evidence").put(e.id(), store.json(e));
    store.commit();
  }

  void rate(String matrix, String evidence, String hypothesis, Consistency c) {
    records(matrix, "/ratings").put(evidence + "\t" + hypothesis, c.code());
    store.commit();
  }

  Optional<Hypothesis> hypothesis(String matrix, String id) {
    return get(matrix, "/hypotheses", id, Hypothesis.class);
  }

  Optional<Evidence> evidence(String matrix, String id) {
    return get(matrix, "/evidence", id, Evidence.class);
  }

  /** Removes an evidence item and its ratings. */
  void removeEvidence(String matrix, String id) {
    records(matrix, "/evidence").remove(id);
    JsonMapFile.removePrefixed(records(matrix, "/ratings"), id + "\t");
    store.commit();
  }

  List<Hypothesis> hypotheses(String matrix) {
    return all(matrix, "/hypotheses", Hypothesis.class, Hypothesis::id);
  }

  List<Evidence> evidence(String matrix) {
    return all(matrix, "/evidence", Evidence.class, Evidence::id);
  }

  /** Evidence id → hypothesis id → rating. */
  Map<String, Map<String, Consistency>> ratings(String matrix) {
    Map<String, Map<String, Consistency>> out = new LinkedHashMap<>();
    records(matrix, "/ratings").forEach((k, v) -> {
      String[] p = k.split("\t", 2);
      out.computeIfAbsent(p[0], x -> new LinkedHashMap<>()).put(p[1], Consistency.parse(v));
    });
    return out;
  }

  private MVMap<String, String> records(String matrix, String kind) {
    return store.map(matrix + kind);
  }

  private <T> Optional<T> get(String matrix, String kind, String id, Class<T> type) {
    return Optional.ofNullable(records(matrix, kind).get(id)).map(s -> store.read(s, type));
  }

  /** The records of one kind, by the number in their ids ("H2" before "H10"). */
  private <T> List<T> all(String matrix, String kind, Class<T> type,
      java.util.function.Function<T, String> id) {
    List<T> out = store.readAll(records(matrix, kind).values(), type);
    out.sort(Comparator.comparingInt(x -> Integer.parseInt(id.apply(x).substring(1))));
    return out;
  }

  @Override
  public void close() {
    store.close();
  }
}
