package org.caspian.query.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caspian.query.CorpusIndex;
import org.caspian.query.events.EventFilter;
import org.caspian.query.events.EventReader;
import org.caspian.query.framing.ArticleCorpus;
import org.caspian.query.framing.FramingService;
import org.caspian.query.framing.OutletSides;
import org.caspian.query.framing.TermScore;
import org.caspian.store.lucene.LuceneStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryServiceTest {
  @TempDir static Path dir;
  static LuceneStore store;
  static StoryService stories;

  @BeforeAll
  static void load() throws IOException {
    store = CorpusIndex.open(dir);
    ArticleCorpus corpus = new ArticleCorpus(store, OutletSides.bundled());
    stories = new StoryService(new EventReader(store), corpus, new FramingService(corpus));
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  @Test
  void the_two_summonses_are_one_story_told_by_each_side() throws IOException {
    List<StoryGroup> groups = stories.stories(EventFilter.all(), 3, 2, 10);
    assertThat(groups).hasSize(1);
    StoryGroup g = groups.get(0);
    assertThat(g.id()).isEqualTo("AZE-RUS/11/2025-06-30");
    assertThat(g.first()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(g.last()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(g.events()).hasSize(2);
    assertThat(g.outlets()).extracting(OutletView::outlet).containsExactly("TASS", "Trend");
    assertThat(g.outlets()).extracting(OutletView::side).containsExactly("RUS", "AZE");
    OutletView tass = g.outlets().get(0);
    assertThat(tass.articleIds()).containsExactly("tass-1");
    assertThat(tass.sentences()).containsExactly(
        "The Russian foreign ministry protested the detention of Russian citizens in Baku.");
    assertThat(tass.terms()).isNotEmpty().allMatch(t -> t.z() > 0 && t.countB() == 0);
    assertThat(g.outlets().get(1).terms()).extracting(TermScore::term)
        .doesNotContainAnyElementsOf(tass.terms().stream().map(TermScore::term).toList());
  }

  @Test
  void a_zero_day_window_splits_them_and_one_outlet_stories_need_min_outlets_one()
      throws IOException {
    assertThat(stories.stories(EventFilter.all(), 0, 2, 10)).isEmpty();
    List<StoryGroup> single = stories.stories(EventFilter.dyad("RUS", "AZE", null, null), 0, 1,
        50);
    assertThat(single).allMatch(g -> g.outlets().size() == 1);
    assertThat(single).extracting(StoryGroup::root).contains("11", "10", "17", "04", "07");
    assertThatThrownBy(() -> stories.stories(EventFilter.all(), 40, 2, 10))
        .hasMessageContaining("window");
  }
}
