package org.caspian.query.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.caspian.query.CorpusIndex;
import org.caspian.store.lucene.LuceneStore;
import org.caspian.store.testing.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramingServiceTest {
  @TempDir static Path dir;
  static LuceneStore store;
  static FramingService framing;

  @BeforeAll
  static void load() throws IOException {
    store = CorpusIndex.open(dir);
    framing = new FramingService(new ArticleCorpus(store, OutletSides.bundled()));
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  @Test
  void sides_come_from_the_outlet_table_then_the_country_domain() {
    OutletSides sides = OutletSides.bundled();
    assertThat(sides.side("tass", "")).isEqualTo("RUS");
    assertThat(sides.side("Trend", null)).isEqualTo("AZE");
    assertThat(sides.side("Unknown Daily", "https://news.example.am/a")).isEqualTo("ARM");
    assertThat(sides.side("Unknown Daily", "https://example.org/a")).isEmpty();
  }

  @Test
  void a_bad_side_table_line_is_named() {
    assertThatThrownBy(() -> OutletSides.read(new BufferedReader(new StringReader(
        "# c\nTASS\tRUS\nAPA azerbaijan\n")), "sides.tsv"))
        .hasMessageStartingWith("sides.tsv:3:");
  }

  @Test
  void russian_side_against_azerbaijani_side() throws IOException {
    FramingComparison c = framing.compareSides("RUS", "aze", null, null, 50);
    assertThat(c.articlesA()).isEqualTo(1); // TASS
    assertThat(c.articlesB()).isEqualTo(2); // Trend, APA
    assertThat(c.leaningA()).extracting(TermScore::term).contains("zakharova", "protested");
    assertThat(c.leaningA()).allMatch(t -> t.z() > 0);
    assertThat(c.leaningB()).allMatch(t -> t.z() < 0);
    TermScore zakharova = c.leaningA().stream().filter(t -> t.term().equals("zakharova"))
        .findFirst().orElseThrow();
    assertThat(zakharova.countA()).isEqualTo(1);
    assertThat(zakharova.countB()).isZero();
    assertThat(zakharova.occurrences()).hasSize(1);
    assertThat(zakharova.occurrences().get(0).articleId()).isEqualTo("tass-1");
    assertThat(zakharova.occurrences().get(0).sentence()).startsWith("Maria Zakharova said");
    // words both sides use as often are not distinguishing
    assertThat(c.leaningA()).extracting(TermScore::term).doesNotContain("the", "and");
  }

  @Test
  void two_outlets_by_name_ignoring_case_and_dates_narrow_them() throws IOException {
    FramingComparison c = framing.compareOutlets("trend", "APA", null, null, 50);
    assertThat(c.articlesA()).isEqualTo(1);
    assertThat(c.articlesB()).isEqualTo(1);
    assertThat(c.leaningB()).extracting(TermScore::term).contains("pipeline");
    FramingComparison none = framing.compareOutlets("trend", "APA",
        Corpus.JUNE_27.plusDays(10), null, 5);
    assertThat(none.articlesA()).isZero();
    assertThat(none.articlesB()).isEqualTo(1);
  }

  @Test
  void words_are_letters_lower_cased_without_function_words() {
    assertThat(TermCounter.standard().terms("The so-called \"Artsakh\" — Baku's 44-day war и "
        + "Москва"))
        .containsExactly("so-called", "artsakh", "baku's", "day", "war", "москва");
  }
}
