package org.caspian.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.NearDuplicate;
import org.caspian.model.OutletRef;
import org.caspian.model.Provenance;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dyad series restricted by the outlet's side and without near-duplicate copies. */
class DyadFilterTest {

  private static AnalyzedArticle withOutlet(AnalyzedArticle a, String side) {
    OutletRef o = new OutletRef(a.article().source().toLowerCase(), a.article().source(), "RU",
        side, "wire", List.of(), "name");
    Article art = a.article();
    return new AnalyzedArticle(art.withMeta(art.meta().withOutlet(o, Provenance.INPUT)),
        a.language(), a.sentences(), a.tokens(), a.actors(), a.events(), a.quotes(), a.tone(),
        a.framing(), a.layers());
  }

  private static AnalyzedArticle asCopy(AnalyzedArticle a) {
    Article art = a.article();
    return new AnalyzedArticle(art.withMeta(art.meta().withNearDuplicate(
        new NearDuplicate("tass-1", "tass-1", 0.8))), a.language(), a.sentences(), a.tokens(),
        a.actors(), a.events(), a.quotes(), a.tone(), a.framing(), a.layers());
  }

  private static int events(List<DyadRow> rows) {
    return rows.stream().mapToInt(DyadRow::events).sum();
  }

  @Test
  void events_are_counted_by_outlet_side_and_copies_can_be_left_out(@TempDir Path dir)
      throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(withOutlet(Corpus.tass(), "state"));
      store.put(withOutlet(Corpus.trend(), "private"));
      store.put(asCopy(withOutlet(Corpus.apa(), "private")));
      store.commit();
      DyadService dyads = new DyadService(store);
      int all = events(dyads.series("RUS", "AZE", Granularity.MONTH, false));
      int state = events(dyads.series("RUS", "AZE", Granularity.MONTH, false,
          new DyadFilter("state", false)));
      int priv = events(dyads.series("RUS", "AZE", Granularity.MONTH, false,
          new DyadFilter("private", false)));
      int exile = events(dyads.series("RUS", "AZE", Granularity.MONTH, false,
          new DyadFilter("exile", false)));
      int noCopies = events(dyads.series("RUS", "AZE", Granularity.MONTH, false,
          new DyadFilter("", true)));
      assertThat(all).isEqualTo(6);
      assertThat(state).isEqualTo(2); // TASS: two asserted events
      assertThat(priv).isEqualTo(4); // Trend 2 + APA 2
      assertThat(exile).isZero();
      assertThat(noCopies).isEqualTo(4); // APA's two events left out
      assertThat(dyads.series("RUS", "AZE", Granularity.MONTH, false, DyadFilter.NONE))
          .isEqualTo(dyads.series("RUS", "AZE", Granularity.MONTH, false));
    }
  }
}
