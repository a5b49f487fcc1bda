package org.caspian.query.ach;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * ACH matrices in an embedded H2 MVStore file ({@code ach.mv.db} in the workspace folder). Per
 * matrix: its hypotheses and evidence (JSON by id) and its ratings ("E1 TAB H1" to a code). Every
 * change is committed at once. Thread-safe (MVStore maps are).
 */
final class AchStore implements AutoCloseable {
  private final MVStore store;
  private final MVMap<String, String> matrices;
  private final ObjectMapper mapper = new ObjectMapper();

  private AchStore(MVStore store) {
    this.store = store;
    this.matrices = store.openMap("matrices");
  }

  /** Opens (or creates) {@code ach.mv.db} in {@code dir}. */
  static AchStore open(Path dir) throws IOException {
    Files.createDirectories(dir);
    try {
      return new AchStore(new MVStore.Builder().fileName(dir.resolve("ach.mv.db").toString())
          .autoCommitDisabled().open());
    } catch (RuntimeException e) {
      throw new IOException("cannot open the ACH store in " + dir + ": " + e.getMessage(), e);
    }
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
    MVMap<String, Long> seq = store.openMap(matrix + "/seq");
    long n = seq.getOrDefault(prefix, 0L) + 1;
    seq.put(prefix, n);
    return prefix + n;
  }

  void put(String matrix, Hypothesis h) {
    store.<String, String>openMap(matrix + "/hypotheses").put(h.id(), json(h));
    store.commit();
  }

  void put(String matrix, Evidence e) {
    store.<String, String>openMap(matrix + "/evidence").put(e.id(), json(e));
    store.commit();
  }

  void rate(String matrix, String evidence, String hypothesis, Consistency c) {
    store.<String, String>openMap(matrix + "/ratings").put(evidence + "\t" + hypothesis,
        c.code());
    store.commit();
  }

  Optional<Hypothesis> hypothesis(String matrix, String id) {
    String v = store.<String, String>openMap(matrix + "/hypotheses").get(id);
    return Optional.ofNullable(v).map(s -> read(s, Hypothesis.class));
  }

  Optional<Evidence> evidence(String matrix, String id) {
    String v = store.<String, String>openMap(matrix + "/evidence").get(id);
    return Optional.ofNullable(v).map(s -> read(s, Evidence.class));
  }

  /** Removes an evidence item and its ratings. */
  void removeEvidence(String matrix, String id) {
    store.<String, String>openMap(matrix + "/evidence").remove(id);
    MVMap<String, String> ratings = store.openMap(matrix + "/ratings");
    new ArrayList<>(ratings.keySet()).stream().filter(k -> k.startsWith(id + "\t"))
        .forEach(ratings::remove);
    store.commit();
  }

  List<Hypothesis> hypotheses(String matrix) {
    List<Hypothesis> out = new ArrayList<>();
    store.<String, String>openMap(matrix + "/hypotheses").values()
        .forEach(v -> out.add(read(v, Hypothesis.class)));
    out.sort(Comparator.comparingInt(h -> number(h.id())));
    return out;
  }

  List<Evidence> evidence(String matrix) {
    List<Evidence> out = new ArrayList<>();
    store.<String, String>openMap(matrix + "/evidence").values()
        .forEach(v -> out.add(read(v, Evidence.class)));
    out.sort(Comparator.comparingInt(e -> number(e.id())));
    return out;
  }

  /** Evidence id → hypothesis id → rating. */
  Map<String, Map<String, Consistency>> ratings(String matrix) {
    Map<String, Map<String, Consistency>> out = new LinkedHashMap<>();
    store.<String, String>openMap(matrix + "/ratings").forEach((k, v) -> {
      String[] p = k.split("\t", 2);
      out.computeIfAbsent(p[0], x -> new LinkedHashMap<>()).put(p[1], Consistency.parse(v));
    });
    return out;
  }

  private static int number(String id) {
    return Integer.parseInt(id.substring(1));
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
      throw new UncheckedIOException("corrupt ACH record: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public void close() {
    store.close();
  }
}
