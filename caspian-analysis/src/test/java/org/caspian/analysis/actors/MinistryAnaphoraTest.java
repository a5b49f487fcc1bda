package org.caspian.analysis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.ActorMention;
import org.junit.jupiter.api.Test;

/** Institutions named without their country, resolved from the text before them. */
class MinistryAnaphoraTest {
  private static final LocalDate DATE = LocalDate.of(2025, 6, 30);

  @Test
  void theMinistryIsTheMinistryNamedBefore() {
    List<ActorMention> m = Actors.find("Azerbaijan's Ministry of Internal Affairs carried out an "
        + "operation on Monday, the ministry's press service confirmed.", DATE);
    ActorMention back = Actors.only(m, "ministry");
    assertThat(back.code()).isEqualTo("AZECOP");
    assertThat(back.inferred()).isTrue();
  }

  @Test
  void withNoMinistryBeforeItIsTheForeignMinistryOfTheContextCountry() {
    List<ActorMention> m = Actors.find("Armenia is worried. The ministry summoned the envoy.",
        DATE);
    assertThat(Actors.only(m, "ministry").code()).isEqualTo("ARMGOV");
  }

  @Test
  void policeAndParliamentAloneTakeTheContextCountry() {
    List<ActorMention> m = Actors.find("Georgia was tense on Thursday. Police detained dozens "
        + "outside parliament.", DATE);
    ActorMention police = Actors.only(m, "Police");
    assertThat(police.code()).isEqualTo("GEOCOP");
    assertThat(police.inferred()).isTrue();
    assertThat(Actors.only(m, "parliament").code()).isEqualTo("GEOLEG");
    assertThat(Actors.only(Actors.find("Georgia was tense. Police dispersed protesters.", DATE),
        "protesters").code()).isEqualTo("GEOCVL");
    // No country anywhere before it and no outlet: not an actor.
    assertThat(Actors.find("Police detained dozens.", DATE)).isEmpty();
  }
}
