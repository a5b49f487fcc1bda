package org.caspian.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.caspian.analysis.Stage;
import org.caspian.model.ActorRef;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.CameoTaxonomy;
import org.caspian.model.Event;
import org.caspian.model.Modality;
import org.caspian.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring on the peer sets' shared JSON Lines form, with a stage whose output is prepared. */
class PeerSetEvaluatorTest {
  private static final CameoTaxonomy TAXONOMY = CameoTaxonomy.load();

  private static Event event(String src, String tgt, String cameo, Modality m) {
    var c = TAXONOMY.require(cameo);
    return new Event(null, new ActorRef(src, src.length() >= 3 ? src.substring(0, 3) : "", src),
        new ActorRef(tgt, tgt.length() >= 3 ? tgt.substring(0, 3) : "", tgt), cameo, c.plover(),
        c.goldstein(), c.quad(), m, "", new Span(0, 1), "x", "", 0.5);
  }

  /** A stage that gives each record id its prepared events. */
  private static Stage stage(Map<String, List<Event>> out) {
    Map<String, UnaryOperator<AnalyzedArticle>> prepared = new HashMap<>();
    out.forEach((id, events) -> prepared.put(id, a -> a.withEvents(events)));
    return new PreparedStage(prepared);
  }

  private static List<ExternalRecord> read(Path dir, String... lines) throws IOException {
    Path f = dir.resolve("set.jsonl");
    Files.write(f, List.of(lines));
    return ExternalSet.read(f);
  }

  @Test
  void ploverLevelsStrictAndLenient(@TempDir Path dir) throws IOException {
    List<ExternalRecord> recs = read(dir,
        "{\"id\":\"r1\",\"text\":\"a\",\"date\":\"2000-01-01\",\"expected\":[{\"source\":\"USA\","
            + "\"target\":\"IRQ\",\"code\":\"FIGHT\",\"plover_v2\":\"ASSAULT\"}]}",
        "{\"id\":\"r2\",\"text\":\"b\",\"expected\":[{\"source\":\"HUN\",\"target\":\"\","
            + "\"code\":\"AGREE\"}]}",
        "{\"id\":\"r3\",\"text\":\"c\",\"expected\":[{\"source\":\"IGO\",\"target\":\"SRB\","
            + "\"code\":\"DEMAND\",\"plover_v2\":\"REQUEST\"}]}");
    assertThat(recs.get(0).date()).as("placeholder date dropped").isNull();
    PloverReport r = new PloverEvaluator(stage(Map.of(
        "r1", List.of(event("USAMIL", "IRQ", "190", Modality.ASSERTED),
            event("USAMIL", "IRQ", "195", Modality.ASSERTED), // same key: counted once
            event("USA", "IRQ", "010", Modality.ASSERTED)), // statement: no category
        "r2", List.of(event("HUNGOV", "ROU", "057", Modality.PLANNED)), // planned coop: AGREE
        "r3", List.of(event("IGOUNO", "SRB", "0231", Modality.ASSERTED),
            event("SRB", "IGOUNO", "120", Modality.ASSERTED)))), TAXONOMY).run(recs);
    LayerScore strict = r.score(DyadKey.Level.DYAD, false);
    assertThat(strict.gold()).isEqualTo(3);
    assertThat(strict.predicted()).isEqualTo(4);
    assertThat(strict.truePositives()).isEqualTo(2); // r1 and r3; r2 has no target in the gold
    assertThat(r.score(DyadKey.Level.DYAD, true).truePositives()).isEqualTo(3);
    assertThat(r.score(DyadKey.Level.SOURCE, false).truePositives()).isEqualTo(3);
    assertThat(r.score(DyadKey.Level.CATEGORY, false).truePositives()).isEqualTo(3);
    assertThat(r.perCategory().get("REJECT").predicted()).isEqualTo(1);
    assertThat(r.withEvent()).isEqualTo(3);
    assertThat(r.format()).contains("dyad + category", "REQUEST");
    assertThat(r.formatWithDiffs()).contains("r2", "spurious", "REJECT");
  }

  @Test
  void aMutualPairIsComparedAsPloverParticipants() {
    List<DyadKey> gold = List.of(new DyadKey("USA", "", "CONSULT"),
        new DyadKey("RUS", "", "CONSULT"));
    List<DyadKey> pair = List.of(new DyadKey("USA", "RUS", "CONSULT"),
        new DyadKey("RUS", "USA", "CONSULT"));
    assertThat(DyadKey.asParticipants(pair, gold)).containsExactly(
        new DyadKey("USA", "", "CONSULT"), new DyadKey("RUS", "", "CONSULT"));
    // One direction only, another category, or a party the gold does not name: unchanged.
    List<DyadKey> oneWay = List.of(new DyadKey("USA", "RUS", "CONSULT"));
    assertThat(DyadKey.asParticipants(oneWay, gold)).isEqualTo(oneWay);
    List<DyadKey> other = List.of(new DyadKey("USA", "CHN", "CONSULT"),
        new DyadKey("CHN", "USA", "CONSULT"));
    assertThat(DyadKey.asParticipants(other, gold)).isEqualTo(other);
    // A gold with a target keeps the directed form.
    List<DyadKey> directed = List.of(new DyadKey("USA", "RUS", "CONSULT"));
    assertThat(DyadKey.asParticipants(pair, directed)).isEqualTo(pair);
    assertThat(DyadKey.goldPrincipal("JAPGOV")).isEqualTo("JPN");
  }

  @Test
  void quadClassesFollowThePhoenixScheme(@TempDir Path dir) throws IOException {
    assertThat(QuadEvaluator.quad("0231")).isZero();
    assertThat(QuadEvaluator.quad("057")).isEqualTo(1);
    assertThat(QuadEvaluator.quad("0871")).isEqualTo(2);
    assertThat(QuadEvaluator.quad("090")).isEqualTo(3);
    assertThat(QuadEvaluator.quad("163")).isEqualTo(3);
    assertThat(QuadEvaluator.quad("141")).isEqualTo(4);
    assertThat(QuadEvaluator.quad("193")).isEqualTo(4);
    List<ExternalRecord> recs = read(dir,
        "{\"id\":\"q1\",\"text\":\"a\",\"expected\":[{\"source\":\"\",\"target\":\"\",\"code\":"
            + "\"QUAD4\"}],\"meta\":{\"split\":\"test\"}}",
        "{\"id\":\"q2\",\"text\":\"b\",\"expected\":[{\"source\":\"\",\"target\":\"\",\"code\":"
            + "\"QUAD1\"}],\"meta\":{\"split\":\"test\"}}",
        "{\"id\":\"q3\",\"text\":\"c\",\"expected\":[{\"source\":\"\",\"target\":\"\",\"code\":"
            + "\"QUAD3\"}],\"meta\":{\"split\":\"test\"}}",
        "{\"id\":\"q4\",\"text\":\"d\",\"expected\":[{\"source\":\"\",\"target\":\"\",\"code\":"
            + "\"QUAD3\"}],\"meta\":{\"split\":\"train\"}}");
    QuadReport r = new QuadEvaluator(stage(Map.of(
        "q1", List.of(event("RUS", "UKR", "195", Modality.ASSERTED)),
        "q2", List.of(event("RUS", "UKR", "112", Modality.ASSERTED)),
        "q3", List.of()))).run(recs, "test");
    assertThat(r.sentences()).isEqualTo(3);
    assertThat(r.covered()).isEqualTo(2);
    assertThat(r.correct()).isEqualTo(1);
    assertThat(r.accuracy()).isEqualTo(1.0 / 3);
    assertThat(r.accuracyCovered()).isEqualTo(0.5);
    assertThat(r.perClass(3).predicted()).isEqualTo(1);
    assertThat(r.diffs()).hasSize(2);
  }

  @Test
  void badLinesNameFileAndLine(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> read(dir, "{\"id\":\"x\",\"text\":\"a\"}", "{oops"))
        .hasMessageContaining("set.jsonl:2");
    assertThatThrownBy(() -> read(dir, "{\"text\":\"a\"}")).hasMessageContaining(":1");
    assertThatThrownBy(() -> read(dir, "{\"id\":\"x\",\"text\":\"a\",\"date\":\"May\"}"))
        .hasMessageContaining("field date");
  }

  @Test
  void versionOneSetsDoNotJudgeUnknownSourcesOrClaims() {
    Event unknown = event("", "AZE", "173", Modality.ASSERTED);
    Event claimed = event("ARM", "AZE", "190", Modality.CLAIMED);
    Event plain = event("ARM", "AZE", "190", Modality.ASSERTED);
    assertThat(Conventions.V1.judges(unknown)).isFalse();
    assertThat(Conventions.V1.judges(claimed)).isFalse();
    assertThat(Conventions.V1.judges(plain)).isTrue();
    assertThat(Conventions.V2.judges(unknown)).isTrue();
    assertThat(Conventions.V2.judges(claimed)).isTrue();
  }
}
