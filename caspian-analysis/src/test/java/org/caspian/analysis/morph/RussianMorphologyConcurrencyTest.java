package org.caspian.analysis.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One {@link RussianMorphology} shared by several threads gives each the same readings as a
 * single thread does. morfologik's lookup reuses its buffers, so a shared lookup would mix the
 * readings of words looked up at the same moment; this test fails if the lookups were shared.
 */
class RussianMorphologyConcurrencyTest {
  private static final List<String> WORDS = List.of("Пашиняну", "Россию", "задержали", "мир",
      "санкциями", "высылке", "встретились", "Азербайджана", "дипломатов", "заявил", "стали",
      "посла", "вызвали", "МИД", "переговоров", "елки", "Алиевым", "выслать", "задержание",
      "Москве");

  @Test
  void sharedByManyThreadsEachGetsItsOwnReadings() throws Exception {
    RussianMorphology ru = RussianMorphology.load();
    Map<String, List<Analysis>> expected = new HashMap<>();
    for (String w : WORDS) {
      expected.put(w, ru.analyze(w));
      ru.paradigm(w.toLowerCase(java.util.Locale.ROOT));
    }
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          start.await();
          int checked = 0;
          for (int round = 0; round < 2_000; round++) {
            String w = WORDS.get((round + offset) % WORDS.size());
            assertThat(ru.analyze(w)).as(w).isEqualTo(expected.get(w));
            checked++;
          }
          assertThat(ru.paradigm("задержать")).isEqualTo(ru.paradigm("задержать"));
          return checked;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get(2, TimeUnit.MINUTES);
      }
      assertThat(total).isEqualTo(threads * 2_000);
    } finally {
      pool.shutdownNow();
    }
  }
}
