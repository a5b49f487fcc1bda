package org.caspian.query.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;
import org.caspian.query.DyadEvent;
import org.caspian.query.DyadRow;
import org.caspian.query.Granularity;
import org.caspian.query.PageRequest;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dyad timeline with its empty periods and modality filters, and the workspace files. */
class LuceneWorkbenchTest {
  @TempDir Path dir;

  /** Events between Russia and Azerbaijan in the test corpus, by modality, counted directly. */
  private static Map<String, Integer> modalities() {
    Map<String, Integer> out = new HashMap<>();
    for (AnalyzedArticle a : Corpus.all()) {
      for (Event e : a.events()) {
        String s = e.source().country();
        String t = e.target().country();
        if (("RUS".equals(s) && "AZE".equals(t)) || ("AZE".equals(s) && "RUS".equals(t))) {
          out.merge(e.modality().label(), 1, Integer::sum);
        }
      }
    }
    return out;
  }

  private static int events(List<DyadRow> rows) {
    return rows.stream().mapToInt(DyadRow::events).sum();
  }

  @Test
  void the_timeline_fills_quiet_periods_and_counts_the_chosen_modalities() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      for (AnalyzedArticle a : Corpus.all()) {
        store.put(a);
      }
      store.commit();
      try (LuceneWorkbench desk = LuceneWorkbench.over(store, dir.resolve("ws"),
          Clock.systemUTC())) {
        DyadTimeline t = desk.timeline(new DyadQuery("rus", "AZE", Granularity.WEEK, Set.of(),
            false));
        assertThat(t.rows()).extracting(DyadRow::period)
            .containsExactly("2025-W26", "2025-W27", "2025-W28", "2025-W29");
        assertThat(t.rows().get(2).events()).isZero();
        assertThat(t.ruleText()).contains("z >= 2.0");
        Map<String, Integer> counted = modalities();
        assertThat(events(t.rows())).isEqualTo(counted.get("asserted"));
        for (Map.Entry<String, Integer> m : counted.entrySet()) {
          DyadQuery q = new DyadQuery("RUS", "AZE", Granularity.MONTH, Set.of(m.getKey()), false);
          assertThat(events(desk.timeline(q).rows())).as(m.getKey()).isEqualTo(m.getValue());
        }
        int all = counted.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(events(desk.timeline(new DyadQuery("RUS", "AZE", Granularity.MONTH,
            Set.of("asserted"), true)).rows())).isEqualTo(all);
        List<DyadEvent> bucket = desk.bucket(new DyadQuery("RUS", "AZE", Granularity.MONTH,
            counted.keySet(), false), "2025-06", new PageRequest(1, 100)).items();
        assertThat(bucket).extracting(DyadEvent::modality).containsAnyElementsOf(
            counted.keySet());
        assertThatThrownBy(() -> new DyadQuery("RUS", "AZE", Granularity.MONTH,
            Set.of("rumoured"), false)).hasMessageContaining("rumoured");
        desk.ach().addHypothesis("m1", "one");
      }
      try (LuceneWorkbench again = LuceneWorkbench.over(store, dir.resolve("ws"),
          Clock.systemUTC())) {
        assertThat(again.ach().matrices()).containsExactly("m1");
      }
    }
  }
}
