package org.caspian.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.caspian.analysis.Stage;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorRef;
import org.caspian.model.ActorType;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;
import org.caspian.model.Modality;
import org.caspian.model.Quote;
import org.caspian.model.Span;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final String T1 =
      "Moscow on Monday accused Baku of unfriendly steps, Kremlin spokesman Dmitry Peskov said.";
  private static final String T2 =
      "Armenian Prime Minister Nikol Pashinyan will meet Recep Tayyip Erdogan in Istanbul.";

  private static final String GOLD = String.join("\n",
      "{\"id\":\"a1\",\"published\":\"2025-07-01\",\"text\":\"" + T1 + "\","
          + "\"actors\":[{\"text\":\"Moscow\",\"code\":\"RUSGOV\"},"
          + "{\"text\":\"Baku\",\"code\":\"AZEGOV\"},"
          + "{\"text\":\"Dmitry Peskov\",\"code\":\"RUSGOV\"}],"
          + "\"events\":[{\"source\":\"RUSGOV\",\"target\":\"AZEGOV\",\"cameo\":\"112\","
          + "\"modality\":\"asserted\",\"date\":\"2025-06-30\"}],"
          + "\"quotes\":[{\"speaker\":\"Dmitry Peskov\",\"speakerCode\":\"RUSGOV\","
          + "\"text\":\"Moscow on Monday accused Baku of unfriendly steps\",\"direct\":false}]}",
      "",
      "{\"id\":\"a2\",\"published\":\"2025-06-15\",\"text\":\"" + T2 + "\","
          + "\"actors\":[{\"text\":\"Nikol Pashinyan\",\"code\":\"ARMGOV\"},"
          + "{\"text\":\"Recep Tayyip Erdogan\",\"code\":\"TURGOV\"}],"
          + "\"events\":[{\"source\":\"ARMGOV\",\"target\":\"TURGOV\",\"cameo\":\"040\","
          + "\"modality\":\"planned\"}]}");

  @Test
  void perfectPredictionsScoreOne() {
    EvalReport r = new Evaluator(stage(Map.of("a1", perfectA1(), "a2", perfectA2())))
        .run(GoldSet.parse(GOLD));

    assertThat(r.items()).isEqualTo(2);
    assertThat(r.failed()).isZero();
    assertThat(r.actors()).isEqualTo(new LayerScore("actors", 5, 5, 5));
    assertThat(r.events()).isEqualTo(new LayerScore("events", 2, 2, 2));
    assertThat(r.quotes()).isEqualTo(new LayerScore("quotes", 1, 1, 1));
    assertThat(r.events().f1()).isEqualTo(1.0);
    assertThat(r.agreement()).isEqualTo(new EventAgreement(2, 2, 2, 1, 1));
    assertThat(r.diffs()).isEmpty();
  }

  @Test
  void wrongActorCodeLowersPrecisionAndRecall() {
    UnaryOperator<AnalyzedArticle> a1 = in -> perfectA1().apply(in).withActors(List.of(
        actor(T1, "Moscow", "RUSGOV"), actor(T1, "Baku", "AZE"), actor(T1, "Kremlin", "RUSGOV"),
        actor(T1, "Dmitry Peskov", "RUSGOV")));
    EvalReport r = new Evaluator(stage(Map.of("a1", a1, "a2", perfectA2())))
        .run(GoldSet.parse(GOLD));

    assertThat(r.actors()).isEqualTo(new LayerScore("actors", 5, 6, 4));
    assertThat(r.actors().precision()).isCloseTo(4.0 / 6, within(1e-9));
    assertThat(r.actors().recall()).isCloseTo(0.8, within(1e-9));
    assertThat(r.diffs()).containsExactly(
        "a1 actor    missed    AZEGOV 'Baku'",
        "a1 actor    spurious  AZE 'Baku'",
        "a1 actor    spurious  RUSGOV 'Kremlin'");
  }

  @Test
  void unresolvedMentionsAreNotPredictions() {
    UnaryOperator<AnalyzedArticle> a2 = in -> perfectA2().apply(in).withActors(List.of(
        actor(T2, "Nikol Pashinyan", "ARMGOV"), actor(T2, "Recep Tayyip Erdogan", "TURGOV"),
        actor(T2, "Istanbul", "")));
    EvalReport r = new Evaluator(stage(Map.of("a1", perfectA1(), "a2", a2)))
        .run(GoldSet.parse(GOLD));
    assertThat(r.actors().predicted()).isEqualTo(5);
    assertThat(r.actors().precision()).isEqualTo(1.0);
  }

  @Test
  void sameRootCountsAsMatchButNotAsExactCodeOrModality() {
    UnaryOperator<AnalyzedArticle> a1 = in -> perfectA1().apply(in).withEvents(List.of(
        event(T1, "RUSGOV", "AZEGOV", "1121", Modality.HYPOTHETICAL, LocalDate.of(2025, 7, 1))));
    EvalReport r = new Evaluator(stage(Map.of("a1", a1, "a2", perfectA2())))
        .run(GoldSet.parse(GOLD));

    assertThat(r.events()).isEqualTo(new LayerScore("events", 2, 2, 2));
    assertThat(r.agreement()).isEqualTo(new EventAgreement(2, 1, 1, 1, 0));
    assertThat(r.agreement().modalityAccuracy()).isEqualTo(0.5);
    assertThat(r.diffs()).containsExactly(
        "a1 event    partial   RUSGOV->AZEGOV 112 asserted 2025-06-30  got 1121 hypothetical");
  }

  @Test
  void wrongDyadIsBothMissedAndSpurious() {
    UnaryOperator<AnalyzedArticle> a2 = in -> perfectA2().apply(in).withEvents(List.of(
        event(T2, "TURGOV", "ARMGOV", "040", Modality.PLANNED, null),
        event(T2, "ARMGOV", "TURGOV", "190", Modality.ASSERTED, null)));
    EvalReport r = new Evaluator(stage(Map.of("a1", perfectA1(), "a2", a2)))
        .run(GoldSet.parse(GOLD));

    assertThat(r.events()).isEqualTo(new LayerScore("events", 2, 3, 1));
    assertThat(r.events().precision()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(r.events().recall()).isEqualTo(0.5);
    assertThat(r.diffs()).containsExactly(
        "a2 event    missed    ARMGOV->TURGOV 040 planned",
        "a2 event    spurious  TURGOV->ARMGOV 040 planned [meet]",
        "a2 event    spurious  ARMGOV->TURGOV 190 asserted [meet]");
  }

  @Test
  void quoteMatchesOnSpeakerNameWhenCodeIsMissingButNeedsOverlap() {
    UnaryOperator<AnalyzedArticle> byName = in -> perfectA1().apply(in).withQuotes(List.of(
        new Quote("Peskov", "", "accused Baku of unfriendly steps",
            span(T1, "accused Baku of unfriendly steps"), false)));
    EvalReport good = new Evaluator(stage(Map.of("a1", byName, "a2", perfectA2())))
        .run(GoldSet.parse(GOLD));
    assertThat(good.quotes()).isEqualTo(new LayerScore("quotes", 1, 1, 1));

    UnaryOperator<AnalyzedArticle> elsewhere = in -> perfectA1().apply(in).withQuotes(List.of(
        new Quote("Dmitry Peskov", "RUSGOV", "Kremlin spokesman", span(T1, "Kremlin spokesman"),
            false)));
    EvalReport bad = new Evaluator(stage(Map.of("a1", elsewhere, "a2", perfectA2())))
        .run(GoldSet.parse(GOLD));
    assertThat(bad.quotes()).isEqualTo(new LayerScore("quotes", 1, 1, 0));
    assertThat(bad.quotes().f1()).isZero();
  }

  @Test
  void otherSpeakerDoesNotMatch() {
    GoldQuote g = GoldSet.parse(GOLD).items().get(0).quotes().get(0);
    assertThat(ItemScorer.sameSpeaker(g, new Quote("Maria Zakharova", "RUSGOV", "", g.span(),
        false))).isTrue();
    assertThat(ItemScorer.sameSpeaker(g, new Quote("Hikmet Hajiyev", "AZEGOV", "", g.span(),
        false))).isFalse();
    assertThat(ItemScorer.sameSpeaker(g, new Quote("skov", "", "", g.span(), false))).isFalse();
  }

  @Test
  void failingStageCountsItemAsMissedAndGoesOn() {
    Stage boom = stage(Map.of("a2", perfectA2()));
    EvalReport r = new Evaluator(boom).run(GoldSet.parse(GOLD));

    assertThat(r.failed()).isEqualTo(1);
    assertThat(r.actors()).isEqualTo(new LayerScore("actors", 5, 2, 2));
    assertThat(r.events().recall()).isEqualTo(0.5);
    assertThat(r.quotes().recall()).isZero();
    assertThat(r.diffs()).hasSize(1).first().asString().startsWith("a1 ERROR");
  }

  @Test
  void formatPrintsATableRowPerLayer() {
    UnaryOperator<AnalyzedArticle> a1 = in -> perfectA1().apply(in).withActors(List.of(
        actor(T1, "Moscow", "RUSGOV"), actor(T1, "Baku", "AZE"),
        actor(T1, "Dmitry Peskov", "RUSGOV")));
    String out = new Evaluator(stage(Map.of("a1", a1, "a2", perfectA2())))
        .run(GoldSet.parse(GOLD)).format();

    assertThat(out).contains("layer", "precision", "recall", "F1");
    assertThat(out).containsPattern("actors\\s+5\\s+5\\s+4\\s+0\\.800\\s+0\\.800\\s+0\\.800");
    assertThat(out).containsPattern("events\\s+2\\s+2\\s+2\\s+1\\.000\\s+1\\.000\\s+1\\.000");
    assertThat(out).contains("exact code 2 (1.000)", "date 1/1");
  }

  // --- fixtures -------------------------------------------------------------------------------

  private static UnaryOperator<AnalyzedArticle> perfectA1() {
    return in -> in
        .withActors(List.of(actor(T1, "Moscow", "RUSGOV"), actor(T1, "Baku", "AZEGOV"),
            actor(T1, "Dmitry Peskov", "RUSGOV")))
        .withEvents(List.of(event(T1, "RUSGOV", "AZEGOV", "112", Modality.ASSERTED,
            LocalDate.of(2025, 6, 30))))
        .withQuotes(List.of(new Quote("Dmitry Peskov", "RUSGOV",
            "Moscow on Monday accused Baku of unfriendly steps",
            span(T1, "Moscow on Monday accused Baku of unfriendly steps"), false)));
  }

  private static UnaryOperator<AnalyzedArticle> perfectA2() {
    return in -> in
        .withActors(List.of(actor(T2, "Nikol Pashinyan", "ARMGOV"),
            actor(T2, "Recep Tayyip Erdogan", "TURGOV")))
        .withEvents(List.of(event(T2, "ARMGOV", "TURGOV", "040", Modality.PLANNED, null)))
        .withQuotes(List.of());
  }

  private static Stage stage(Map<String, UnaryOperator<AnalyzedArticle>> prepared) {
    return new PreparedStage(prepared);
  }

  private static Span span(String text, String part) {
    int at = text.indexOf(part);
    if (at < 0) {
      throw new IllegalArgumentException(part);
    }
    return new Span(at, at + part.length());
  }

  private static ActorMention actor(String text, String part, String code) {
    String country = code.length() >= 3 ? code.substring(0, 3) : "";
    return new ActorMention(code, country, part, ActorType.GOVERNMENT, span(text, part), part);
  }

  private static Event event(String text, String src, String tgt, String cameo, Modality m,
      LocalDate date) {
    return new Event(date, new ActorRef(src, src.substring(0, 3), src),
        new ActorRef(tgt, tgt.substring(0, 3), tgt), cameo, "", 0.0, 1, m, "",
        new Span(0, text.length()), text, text.contains("meet") ? "meet" : "", 0.5);
  }
}
