package org.caspian.query.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.caspian.query.CorpusIndex;
import org.caspian.store.lucene.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AchServiceTest {
  @TempDir Path dir;

  @Test
  void ranking_weights_inconsistency_by_credibility_and_relevance() throws IOException {
    try (AchService ach = AchService.open(dir)) {
      Hypothesis h1 = ach.addHypothesis("rus-aze", "Moscow is punishing Baku over the raids");
      Hypothesis h2 = ach.addHypothesis("rus-aze", "A routine consular dispute");
      Evidence e1 = ach.addEvidence("rus-aze", EvidenceKind.NOTE, "", "Ambassador summoned",
          Grade.HIGH, Grade.HIGH);
      Evidence e2 = ach.addEvidence("rus-aze", EvidenceKind.NOTE, "", "Cultural events cancelled",
          Grade.MEDIUM, Grade.LOW);
      Evidence e3 = ach.addEvidence("rus-aze", EvidenceKind.NOTE, "", "Both sides talk",
          Grade.LOW, Grade.LOW);
      ach.rate("rus-aze", e1.id(), h1.id(), Consistency.CONSISTENT);
      ach.rate("rus-aze", e1.id(), h2.id(), Consistency.VERY_INCONSISTENT);
      ach.rate("rus-aze", e2.id(), h1.id(), Consistency.INCONSISTENT);
      ach.rate("rus-aze", e2.id(), h2.id(), Consistency.INCONSISTENT);
      ach.rate("rus-aze", e3.id(), h1.id(), Consistency.NEUTRAL);
      ach.rate("rus-aze", e3.id(), h2.id(), Consistency.NEUTRAL);
      AchMatrix m = ach.matrix("rus-aze");
      // H1: E2 I (1 x 1.0 x 0.5) = 0.5. H2: E1 II (2 x 1.5 x 1.5) = 4.5 + E2 0.5 = 5.0
      assertThat(m.ranking().get(0).hypothesis().id()).isEqualTo("H1");
      assertThat(m.ranking().get(0).score()).isCloseTo(0.5, within(1e-12));
      assertThat(m.ranking().get(0).inconsistent()).isEqualTo(1);
      assertThat(m.ranking().get(1).score()).isCloseTo(5.0, within(1e-12));
      assertThat(m.ranking().get(1).inconsistent()).isEqualTo(2);
      assertThat(m.nonDiagnostic()).containsExactly("E2", "E3");
      String md = AchMarkdown.write(m);
      assertThat(md).contains("| E1: Ambassador summoned | high | high | C | II |")
          .contains("| 1 | H1 Moscow is punishing Baku over the raids | 1 | 0.50 |")
          .contains("Not diagnostic (rated alike against every hypothesis): E2, E3.");
    }
  }

  @Test
  void matrices_survive_a_reopen_and_closing_a_hypothesis_is_kept() throws IOException {
    try (AchService ach = AchService.open(dir)) {
      ach.addHypothesis(null, "First");
      ach.addHypothesis(null, "Second");
      ach.setOpen("default", "H2", false);
    }
    try (AchService ach = AchService.open(dir)) {
      assertThat(ach.matrices()).containsExactly("default");
      AchMatrix m = ach.matrix("default");
      assertThat(m.hypotheses()).extracting(Hypothesis::open).containsExactly(true, false);
      assertThat(ach.addHypothesis("default", "Third").id()).isEqualTo("H3");
    }
  }

  @Test
  void bad_input_is_refused_with_a_clear_message() throws IOException {
    try (AchService ach = AchService.open(dir)) {
      assertThatThrownBy(() -> ach.matrix("nope")).hasMessageContaining("no ACH matrix named");
      ach.addHypothesis("m", "H");
      assertThatThrownBy(() -> ach.rate("m", "E9", "H1", Consistency.CONSISTENT))
          .hasMessage("no evidence E9 in matrix m");
      assertThatThrownBy(() -> ach.addEvidence("m", EvidenceKind.EVENT, "", "x", Grade.LOW,
          Grade.LOW)).hasMessageContaining("needs a reference");
      assertThatThrownBy(() -> Consistency.parse("maybe")).hasMessageContaining("CC, C, N");
      assertThatThrownBy(() -> ach.addHypothesis("bad name!", "x"))
          .hasMessageContaining("matrix name");
      assertThat(Consistency.parse("very-inconsistent")).isEqualTo(Consistency.VERY_INCONSISTENT);
      assertThat(Consistency.parse("ii")).isEqualTo(Consistency.VERY_INCONSISTENT);
    }
  }

  @Test
  void evidence_text_comes_from_the_index() throws IOException {
    try (LuceneStore store = CorpusIndex.open(dir.resolve("idx"))) {
      EvidenceResolver r = new EvidenceResolver(store);
      assertThat(r.text(EvidenceKind.EVENT, "trend-1#1"))
          .isEqualTo("Trend, 2025-07-01: Russian police detained several Azerbaijani citizens in "
              + "Yekaterinburg on June 27.");
      assertThat(r.text(EvidenceKind.ARTICLE, "apa-1"))
          .isEqualTo("APA, 2025-07-15: Aliyev and Putin discuss the gas pipeline by phone");
      assertThatThrownBy(() -> r.text(EvidenceKind.EVENT, "trend-1#7"))
          .hasMessageContaining("no event #7");
      assertThatThrownBy(() -> r.text(EvidenceKind.EVENT, "nope#0"))
          .hasMessageContaining("no article nope");
    }
  }
}
