package org.caspian.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.Pipelines;
import org.caspian.analysis.lang.FixedLanguageStage;
import org.caspian.model.CameoTaxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The accuracy figures the README reports, each as a floor two points below it: a change that
 * loses more fails the build. Raise a figure here when the README's goes up. The peer sets are
 * read from the shared data folder and skipped when it is absent.
 */
class AccuracyGateTest {
  private static final double SLACK = 0.02;
  private static Pipeline pipeline;

  @BeforeAll
  static void build() {
    pipeline = Pipelines.standard(new FixedLanguageStage("en"));
  }

  /** The records of peer set {@code file}; the test is skipped when the shared data is absent. */
  private static List<ExternalRecord> peerSet(String file) {
    Optional<Path> dir = ExternalSet.locate(null);
    assumeTrue(dir.isPresent() && Files.exists(dir.get().resolve(file)), file + " absent");
    return ExternalSet.read(dir.get().resolve(file));
  }

  private static void atLeast(String what, double measured, double reported) {
    assertThat(measured).as(what + " (README: %.3f)", reported)
        .isGreaterThanOrEqualTo(reported - SLACK);
  }

  @Test
  void developmentSet() {
    EvalReport r = new Evaluator(pipeline, Conventions.V1).run(GoldSet.load());
    atLeast("dev actors F1", r.actors().f1(), 0.949);
    atLeast("dev events P", r.events().precision(), 0.917);
    atLeast("dev events R", r.events().recall(), 0.725);
    atLeast("dev events F1", r.events().f1(), 0.810);
    atLeast("dev quotes F1", r.quotes().f1(), 0.962);
  }

  @Test
  void firstHeldOutSet() {
    EvalReport r = new Evaluator(pipeline, Conventions.V1)
        .run(GoldSet.loadBundled(GoldSet.BUNDLED_EN_HELDOUT));
    atLeast("held-out actors F1", r.actors().f1(), 0.914);
    atLeast("held-out events P", r.events().precision(), 0.688);
    atLeast("held-out events R", r.events().recall(), 0.714);
    atLeast("held-out events F1", r.events().f1(), 0.701);
    atLeast("held-out quotes F1", r.quotes().f1(), 0.824);
  }

  @Test
  void firstNewsSetNowADevelopmentSet() {
    GoldSet news = GoldSet.loadBundled(GoldSet.BUNDLED_EN_NEWS);
    EvalReport r = new Evaluator(pipeline, Conventions.V2).run(news);
    atLeast("news actors F1", r.actors().f1(), 0.779);
    atLeast("news events P", r.events().precision(), 0.653);
    atLeast("news events R", r.events().recall(), 0.334);
    atLeast("news events F1", r.events().f1(), 0.442);
    atLeast("news quotes F1", r.quotes().f1(), 0.606);
  }

  @Test
  void secondNewsSetNowADevelopmentSet() {
    GoldSet news2 = GoldSet.loadBundled(GoldSet.BUNDLED_EN_NEWS2);
    assertThat(news2.size()).isGreaterThanOrEqualTo(150);
    assertThat(news2.items().stream().flatMap(i -> i.events().stream())
        .filter(e -> e.modality() == org.caspian.model.Modality.CLAIMED).count())
        .isGreaterThanOrEqualTo(12);
    assertThat(news2.items().stream().flatMap(i -> i.actors().stream())
        .filter(a -> a.code().startsWith("IGO")).count()).isGreaterThanOrEqualTo(12);
    EvalReport r = new Evaluator(pipeline, Conventions.V2).run(news2);
    atLeast("news2 actors F1", r.actors().f1(), 0.754);
    atLeast("news2 events P", r.events().precision(), 0.470);
    atLeast("news2 events R", r.events().recall(), 0.191);
    atLeast("news2 events F1", r.events().f1(), 0.272);
    atLeast("news2 quotes F1", r.quotes().f1(), 0.707);
  }

  /** The third news set: written blind to CONVENTIONS 2.1; a development set since news4. */
  @Test
  void thirdBlindNewsSet() {
    GoldSet news3 = GoldSet.loadBundled(GoldSet.BUNDLED_EN_NEWS3);
    assertThat(news3.size()).isGreaterThanOrEqualTo(150);
    assertThat(news3.items().stream().mapToInt(i -> i.events().size()).sum())
        .isGreaterThanOrEqualTo(500);
    EvalReport r = new Evaluator(pipeline, Conventions.V2).run(news3);
    atLeast("news3 actors F1", r.actors().f1(), 0.707);
    atLeast("news3 events P", r.events().precision(), 0.388);
    atLeast("news3 events R", r.events().recall(), 0.142);
    atLeast("news3 events F1", r.events().f1(), 0.208);
    atLeast("news3 quotes F1", r.quotes().f1(), 0.610);
  }

  /** The fourth news set: written blind to CONVENTIONS 2.1, never used for tuning. */
  @Test
  void fourthBlindNewsSet() {
    GoldSet news4 = GoldSet.loadBundled(GoldSet.BUNDLED_EN_NEWS4);
    assertThat(news4.size()).isGreaterThanOrEqualTo(150);
    assertThat(news4.items().stream().mapToInt(i -> i.events().size()).sum())
        .isGreaterThanOrEqualTo(500);
    EvalReport r = new Evaluator(pipeline, Conventions.V2).run(news4);
    atLeast("news4 actors F1", r.actors().f1(), 0.699);
    atLeast("news4 events P", r.events().precision(), 0.517);
    atLeast("news4 events R", r.events().recall(), 0.144);
    atLeast("news4 events F1", r.events().f1(), 0.225);
    atLeast("news4 quotes F1", r.quotes().f1(), 0.806);
  }

  /**
   * Azerbaijani and Armenian sets, written blind to CONVENTIONS 2.1. Events were measured once on
   * them (2026-12-03): Armenian events ship (precision 0.792 then, 0.760 after the actor
   * changes of the same day), Azerbaijani ones are on trial
   * (0.667, below the bar of 0.7) and coded here because the test asks for them.
   */
  @Test
  void azerbaijaniAndArmenianBlindSets() {
    EvalReport az = new Evaluator(Pipelines.standard(new FixedLanguageStage("az"),
        Set.of("en", "az")), Conventions.V2).run(GoldSet.loadBundled(GoldSet.BUNDLED_AZ_NEWS));
    atLeast("az-news actors F1", az.actors().f1(), 0.716);
    atLeast("az-news quotes F1", az.quotes().f1(), 0.764);
    atLeast("az-news events P", az.events().precision(), 0.667);
    atLeast("az-news events R", az.events().recall(), 0.152);
    atLeast("az-news events F1", az.events().f1(), 0.247);
    EvalReport hy = new Evaluator(Pipelines.standard(new FixedLanguageStage("hy")),
        Conventions.V2).run(GoldSet.loadBundled(GoldSet.BUNDLED_HY_NEWS));
    atLeast("hy-news actors F1", hy.actors().f1(), 0.738);
    atLeast("hy-news quotes F1", hy.quotes().f1(), 0.582);
    atLeast("hy-news events P", hy.events().precision(), 0.760);
    atLeast("hy-news events R", hy.events().recall(), 0.120);
    atLeast("hy-news events F1", hy.events().f1(), 0.208);
  }

  @Test
  void blindNewsSetCoversTheHardCases() {
    GoldSet news = GoldSet.loadBundled(GoldSet.BUNDLED_EN_NEWS);
    assertThat(news.size()).isGreaterThanOrEqualTo(150);
    long unknownSource = news.items().stream().flatMap(i -> i.events().stream())
        .filter(e -> e.source().isEmpty()).count();
    long claimed = news.items().stream().flatMap(i -> i.events().stream())
        .filter(e -> e.modality() == org.caspian.model.Modality.CLAIMED).count();
    long international = news.items().stream().flatMap(i -> i.actors().stream())
        .filter(a -> a.code().startsWith("IGO")).count();
    assertThat(unknownSource).isGreaterThanOrEqualTo(12);
    assertThat(claimed).isGreaterThanOrEqualTo(12);
    assertThat(international).isGreaterThanOrEqualTo(12);
  }

  @Test
  void russianBlindNewsSet() {
    GoldSet ru = GoldSet.loadBundled(GoldSet.BUNDLED_RU_NEWS);
    assertThat(ru.size()).isGreaterThanOrEqualTo(60);
    // Russian events are on trial: coded only when asked for.
    Pipeline russian = Pipelines.standard(new FixedLanguageStage("ru"), Set.of("en", "ru"));
    EvalReport r = new Evaluator(russian, Conventions.V2).run(ru);
    atLeast("ru-news actors F1", r.actors().f1(), 0.817);
    atLeast("ru-news events P", r.events().precision(), 0.896);
    atLeast("ru-news events R", r.events().recall(), 0.196);
    atLeast("ru-news events F1", r.events().f1(), 0.322);
    atLeast("ru-news quotes F1", r.quotes().f1(), 0.532);
  }

  /**
   * The held-out Russian set, written blind after ru-news became a development set: measured
   * before and after the round that tuned on ru-news, never read.
   */
  @Test
  void russianHeldOutNewsSet() {
    GoldSet ru2 = GoldSet.loadBundled(GoldSet.BUNDLED_RU_NEWS2);
    assertThat(ru2.size()).isGreaterThanOrEqualTo(60);
    Pipeline russian = Pipelines.standard(new FixedLanguageStage("ru"), Set.of("en", "ru"));
    EvalReport r = new Evaluator(russian, Conventions.V2).run(ru2);
    atLeast("ru-news2 actors F1", r.actors().f1(), 0.662);
    atLeast("ru-news2 events P", r.events().precision(), 0.600);
    atLeast("ru-news2 events R", r.events().recall(), 0.097);
    atLeast("ru-news2 events F1", r.events().f1(), 0.167);
    atLeast("ru-news2 quotes F1", r.quotes().f1(), 0.525);
  }

  @Test
  void ploverGoldStandardRecords() {
    PloverReport r = new PloverEvaluator(pipeline, CameoTaxonomy.load())
        .run(peerSet(ExternalSet.PLOVER));
    LayerScore strict = r.score(DyadKey.Level.DYAD, false);
    LayerScore lenient = r.score(DyadKey.Level.DYAD, true);
    atLeast("PLOVER dyad+category strict P", strict.precision(), PLOVER_P);
    atLeast("PLOVER dyad+category strict R", strict.recall(), PLOVER_R);
    atLeast("PLOVER dyad+category strict F1", strict.f1(), PLOVER_F1);
    atLeast("PLOVER source+category strict F1", r.score(DyadKey.Level.SOURCE, false).f1(),
        PLOVER_SOURCE_F1);
    atLeast("PLOVER dyad+category lenient F1", lenient.f1(), PLOVER_LENIENT_F1);
    atLeast("PLOVER category F1", r.score(DyadKey.Level.CATEGORY, false).f1(), PLOVER_CAT_F1);
  }

  @Test
  void confliBertQuadClasses() {
    QuadReport r = new QuadEvaluator(pipeline).run(peerSet(ExternalSet.CONFLIBERT), "test");
    atLeast("ConfliBERT accuracy", r.accuracy(), QUAD_ACCURACY);
    atLeast("ConfliBERT accuracy over covered", r.accuracyCovered(), QUAD_COVERED);
  }

  private static final double PLOVER_P = 0.452;
  private static final double PLOVER_R = 0.298;
  private static final double PLOVER_F1 = 0.359;
  private static final double PLOVER_SOURCE_F1 = 0.419;
  private static final double PLOVER_LENIENT_F1 = 0.402;
  private static final double PLOVER_CAT_F1 = 0.475;
  private static final double QUAD_ACCURACY = 0.430;
  private static final double QUAD_COVERED = 0.761;
}
