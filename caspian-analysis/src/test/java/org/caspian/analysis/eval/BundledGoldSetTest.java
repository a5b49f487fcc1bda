package org.caspian.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.caspian.model.CameoTaxonomy;
import org.caspian.model.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Consistency checks on the bundled English gold sets: a broken gold file must fail the build. */
class BundledGoldSetTest {
  private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z]{3}([A-Z]{3})?");
  private static final GoldSet GOLD = GoldSet.load();

  @ParameterizedTest
  @ValueSource(strings = {GoldSet.BUNDLED_EN, GoldSet.BUNDLED_EN_HELDOUT})
  void hasEnoughItemsWithDatesAndText(String resource) {
    GoldSet gold = GoldSet.loadBundled(resource);
    assertThat(gold.size()).isGreaterThanOrEqualTo(50);
    for (GoldItem item : gold.items()) {
      assertThat(item.published()).as(item.id()).isNotNull();
      assertThat(item.text()).as(item.id()).isNotBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {GoldSet.BUNDLED_EN, GoldSet.BUNDLED_EN_HELDOUT})
  void actorSpansCoverTheirTextAndCodesAreWellFormed(String resource) {
    for (GoldItem item : GoldSet.loadBundled(resource).items()) {
      for (GoldActor a : item.actors()) {
        assertThat(a.span().of(item.text())).as(item.id()).isEqualTo(a.text());
        assertThat(a.code()).as(item.id() + " " + a.text()).matches(ACTOR_CODE);
      }
      for (GoldQuote q : item.quotes()) {
        assertThat(q.span().of(item.text())).as(item.id()).isEqualTo(q.text());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {GoldSet.BUNDLED_EN, GoldSet.BUNDLED_EN_HELDOUT})
  void eventsUseKnownCodesAndActorsOfTheirItem(String resource) {
    CameoTaxonomy cameo = CameoTaxonomy.load();
    for (GoldItem item : GoldSet.loadBundled(resource).items()) {
      Set<String> codes = new HashSet<>();
      item.actors().forEach(a -> codes.add(a.code()));
      for (GoldEvent e : item.events()) {
        assertThat(cameo.get(e.cameo())).as(item.id() + " " + e.cameo()).isPresent();
        assertThat(codes).as(item.id()).contains(e.source(), e.target());
        if (e.date() != null && e.modality() == Modality.ASSERTED) {
          assertThat(e.date()).as(item.id()).isBeforeOrEqualTo(item.published());
        }
      }
    }
  }

  @Test
  void theHeldOutSetSharesNoPassageWithTheDevelopmentSet() {
    Set<String> dev = new HashSet<>();
    GOLD.items().forEach(i -> dev.add(i.text()));
    for (GoldItem item : GoldSet.loadBundled(GoldSet.BUNDLED_EN_HELDOUT).items()) {
      assertThat(dev).as(item.id()).doesNotContain(item.text());
    }
  }

  @Test
  void coversTheHardCases() {
    Set<Modality> modalities = new HashSet<>();
    int noEvent = 0;
    int multiSentence = 0;
    int direct = 0;
    int reported = 0;
    for (GoldItem item : GOLD.items()) {
      item.events().forEach(e -> modalities.add(e.modality()));
      noEvent += item.events().isEmpty() ? 1 : 0;
      multiSentence += item.text().matches("(?s).*[.!?\"] [A-Z\"].*") ? 1 : 0;
      for (GoldQuote q : item.quotes()) {
        direct += q.direct() ? 1 : 0;
        reported += q.direct() ? 0 : 1;
      }
    }
    assertThat(modalities).as("the version 1 rules code no claimed acts").containsExactlyInAnyOrder(
        Modality.ASSERTED, Modality.NEGATED, Modality.HYPOTHETICAL, Modality.PLANNED);
    assertThat(noEvent).isGreaterThanOrEqualTo(5);
    assertThat(multiSentence).isGreaterThanOrEqualTo(5);
    assertThat(direct).isGreaterThanOrEqualTo(5);
    assertThat(reported).isGreaterThanOrEqualTo(20);
  }

  @Test
  void personRolesFollowThePublicationDate() {
    GoldActor mirzoyan2020 = actor("parliament speaker Ararat Mirzoyan");
    assertThat(mirzoyan2020.code()).isEqualTo("ARMLEG");
    GoldActor ramiz = actor("political commentator Ramiz Aliyev");
    assertThat(ramiz.code()).isEqualTo("AZEELI");
  }

  private static GoldActor actor(String text) {
    return GOLD.items().stream().flatMap(i -> i.actors().stream())
        .filter(a -> a.text().equals(text)).findFirst().orElseThrow();
  }
}
