package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caspian.analysis.events.Cast.event;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A statement is coded by its content (CONVENTIONS.md): an obligation laid on another actor is a
 * demand; acts between two institutions of one country are coded like any other.
 */
class StatementContentTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 2);
  private static EventStage stage;

  @BeforeAll
  static void load() {
    stage = EventStage.create();
  }

  private static AnalyzedArticle code(String text) {
    return stage.apply(Fixture.article(text, PUBLISHED, Cast.ALL));
  }

  private static List<String> codes(AnalyzedArticle a) {
    return a.events().stream()
        .map(e -> e.source().code() + "->" + e.target().code() + " " + e.cameo()).toList();
  }

  @Test
  void anObligationReportedOnAnotherActorIsADemand() {
    Event e = event(code("Moscow said on Tuesday that Baku must release the detained "
        + "journalists."), "RUSGOV", "AZEGOV");
    assertThat(e.cameo()).startsWith("10");
    assertThat(e.cameo()).isNotEqualTo("100"); // the act demanded is known: a release
    Event plain = event(code("Zakharova said Baku should stop the campaign."), "RUSGOV",
        "AZEGOV");
    assertThat(plain.cameo()).startsWith("10");
  }

  @Test
  void anObligationOnTheSpeakerOrOnNoActorIsNoDemand() {
    assertThat(codes(code("Moscow said it must respond to the raids."))).noneMatch(
        c -> c.contains(" 10"));
    assertThat(codes(code("Moscow said the journalists must be released."))).noneMatch(
        c -> c.contains(" 10"));
    // "in Baku" is a place, not the obliged actor.
    assertThat(codes(code("Moscow said talks in Baku must wait."))).noneMatch(
        c -> c.startsWith("RUSGOV->AZEGOV 10"));
  }

  @Test
  void actsBetweenInstitutionsOfOneCountryAreCoded() {
    // Accusations between two Russian institutions: domestic, but both sides have a role.
    AnalyzedArticle a = code("The Russian Foreign Ministry accused Russian police of ignoring "
        + "its requests.");
    assertThat(codes(a)).anyMatch(c -> c.startsWith("RUSGOV->RUSCOP 112"));
    // A bare country still never acts on its own institution ("Russia" on "Russian police").
    assertThat(codes(code("Russia accused Russian police of ignoring its requests.")))
        .noneMatch(c -> c.startsWith("RUS->RUSCOP"));
  }
}
