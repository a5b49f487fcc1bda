package org.caspian.query.network;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caspian.query.events.EventFilter;
import org.caspian.query.events.EventReader;
import org.caspian.query.events.EventRecord;

/**
 * Builds the actor network of the events an {@link EventFilter} selects: one node per actor code,
 * one edge per (source, target, quad class) weighted by its number of events. Events with an empty
 * actor code on either side are left out. Thread-safe.
 */
public final class NetworkService {
  private final EventReader events;

  /** Reads events through {@code events}. */
  public NetworkService(EventReader events) {
    this.events = Objects.requireNonNull(events, "events");
  }

  /** The network of the events {@code filter} selects. */
  public ActorNetwork network(EventFilter filter) throws IOException {
    List<EventRecord> list = new ArrayList<>();
    events.scan(filter, list::add);
    return build(filter, list);
  }

  /** The network of the given events (already filtered). */
  public static ActorNetwork build(EventFilter filter, List<EventRecord> list) {
    Map<String, Map<String, Integer>> names = new HashMap<>();
    Map<String, String> countries = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, List<EventRecord>> byEdge = new LinkedHashMap<>();
    for (EventRecord e : list) {
      if (e.sourceCode().isEmpty() || e.targetCode().isEmpty()) {
        continue;
      }
      node(e.sourceCode(), e.sourceText(), e.sourceCountry(), names, countries, counts);
      node(e.targetCode(), e.targetText(), e.targetCountry(), names, countries, counts);
      byEdge.computeIfAbsent(e.sourceCode() + ">" + e.targetCode() + ":" + e.quad(),
          k -> new ArrayList<>()).add(e);
    }
    List<NetworkNode> nodes = new ArrayList<>();
    counts.forEach((code, n) -> nodes.add(new NetworkNode(code, label(names.get(code), code),
        countries.getOrDefault(code, ""), n)));
    nodes.sort(Comparator.comparingInt(NetworkNode::events).reversed()
        .thenComparing(NetworkNode::id));
    List<NetworkEdge> edges = new ArrayList<>();
    byEdge.forEach((id, evs) -> {
      EventRecord first = evs.get(0);
      double sum = 0;
      List<String> keys = new ArrayList<>(evs.size());
      for (EventRecord e : evs) {
        sum += e.goldstein();
        keys.add(e.key());
      }
      edges.add(new NetworkEdge(id, first.sourceCode(), first.targetCode(), first.quad(),
          evs.size(), sum / evs.size(), keys));
    });
    edges.sort(Comparator.comparingInt(NetworkEdge::events).reversed()
        .thenComparing(NetworkEdge::id));
    return new ActorNetwork(filter, nodes, edges);
  }

  private static void node(String code, String text, String country,
      Map<String, Map<String, Integer>> names, Map<String, String> countries,
      Map<String, Integer> counts) {
    counts.merge(code, 1, Integer::sum);
    if (!text.isBlank()) {
      names.computeIfAbsent(code, k -> new HashMap<>()).merge(text.strip(), 1, Integer::sum);
    }
    if (!country.isEmpty()) {
      countries.putIfAbsent(code, country);
    }
  }

  /** The most frequent name, ties broken alphabetically; the code when there is none. */
  private static String label(Map<String, Integer> names, String code) {
    if (names == null || names.isEmpty()) {
      return code;
    }
    return names.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .findFirst().map(Map.Entry::getKey).orElse(code);
  }
}
