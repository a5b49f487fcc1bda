package org.caspian.analysis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.junit.jupiter.api.Test;

/** Capitalised names the dictionaries do not know. */
class ActorUnresolvedTest {
  private static final LocalDate DATE = LocalDate.of(2025, 7, 4);

  @Test
  void unknownMultiWordNameIsUnresolved() {
    List<ActorMention> m = Actors.find("The statement by the Caspian Policy Center drew"
        + " criticism.", DATE);
    ActorMention u = Actors.only(m, "Caspian Policy Center");
    assertThat(u.type()).isEqualTo(ActorType.UNRESOLVED);
    assertThat(u.code()).isEmpty();
    assertThat(u.country()).isEmpty();
  }

  @Test
  void sentenceOpenersMonthsAndWeekdaysAreNotNames() {
    assertThat(Actors.find("However Yesterday the talks failed. On Monday June talks resumed."
        + " Meanwhile Several sources said nothing.", DATE)).isEmpty();
  }

  @Test
  void singleUnknownCapitalisedWordIsNotAMention() {
    assertThat(Actors.find("Events in Vladivostok worried Analysts.", DATE)).isEmpty();
  }

  @Test
  void headlinesProduceNoUnresolvedNames() {
    assertThat(Actors.find("Quiet Weeks Return To The Border Villages", DATE)).isEmpty();
    List<ActorMention> m = Actors.find("Yerevan And Baku Sign Border Protocol In Moscow", DATE);
    assertThat(Actors.codes(m)).containsExactly("Yerevan=ARMGOV", "Baku=AZEGOV");
  }

  @Test
  void nameDenseSentenceEndingInAPeriodIsNoHeadline() {
    List<ActorMention> m = Actors.find("Michel Barnier and Charles Michel met Mher Grigoryan.",
        DATE);
    assertThat(m).extracting(ActorMention::text)
        .containsExactly("Michel Barnier", "Charles Michel", "Mher Grigoryan");
    assertThat(Actors.only(m, "Mher Grigoryan").name()).isEqualTo("Mher Grigoryan");
    assertThat(Actors.only(m, "Mher Grigoryan").code()).isEmpty();
  }

  @Test
  void hyphenTailIsNotAName() {
    List<ActorMention> m = Actors.find("A Kremlin-Sanctioned Escalation was feared by many"
        + " observers in the region.", DATE);
    assertThat(Actors.codes(m)).containsExactly("Kremlin=RUSGOV");
  }
}
