package org.caspian.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.caspian.model.ActorType;
import org.caspian.model.Quote;
import org.junit.jupiter.api.Test;

/** Attribution the way wire services write it: after the clause, without "that", participles. */
class WireStyleTest {

  @Test
  void attributionAfterTheClause() {
    String text = "Three border posts came under fire overnight, the Armenian Defence Ministry "
        + "said on Sunday, urging Baku to respect the ceasefire.";
    List<Quote> q = new QuoteFixture(text)
        .actor("Armenian Defence Ministry", "Ministry of Defence of Armenia", "ARMMIL",
            ActorType.INSTITUTION)
        .actor("Baku", "Azerbaijan", "AZEGOV", ActorType.GOVERNMENT)
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::speakerCode, Quote::text, Quote::direct)
        .containsExactly(tuple("Ministry of Defence of Armenia", "ARMMIL",
            "Three border posts came under fire overnight", false));
  }

  @Test
  void invertedAttributionAfterTheClauseInRussian() {
    String text = "Москва готова содействовать переговорам, заявил Лавров.";
    List<Quote> q = new QuoteFixture(text).person("Лавров", "Sergey Lavrov", "RUSGOV").quotes();
    assertThat(q).extracting(Quote::speaker, Quote::text)
        .containsExactly(tuple("Sergey Lavrov", "Москва готова содействовать переговорам"));
  }

  @Test
  void reportedSpeechWithoutThat() {
    String text = "Baku said on Friday its forces had returned fire after repeated provocations. "
        + "Ilham Aliyev said two villages had been cleared of mines.";
    List<Quote> q = new QuoteFixture(text)
        .actor("Baku", "Azerbaijan", "AZEGOV", ActorType.GOVERNMENT)
        .person("Ilham Aliyev", "Ilham Aliyev", "AZEGOV")
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::text).containsExactly(
        tuple("Azerbaijan", "its forces had returned fire after repeated provocations"),
        tuple("Ilham Aliyev", "two villages had been cleared of mines"));
  }

  @Test
  void verbsWithAnObjectAreNotReportedSpeech() {
    String text = "The ministry announced the start of the exercises. Baku confirmed the "
        + "deaths of two soldiers. Yerevan said in a statement nothing.";
    List<Quote> q = new QuoteFixture(text)
        .actor("Baku", "Azerbaijan", "AZEGOV", ActorType.GOVERNMENT)
        .actor("Yerevan", "Armenia", "ARMGOV", ActorType.GOVERNMENT)
        .quotes();
    assertThat(q).isEmpty();
  }

  @Test
  void participleTakesTheMainSubjectAndClauseStopsAtACommaCue() {
    String text = "Maria Zakharova accused Yerevan of dismantling the alliance, saying Armenia was "
        + "drifting towards the West, but she gave no details. "
        + "The Kremlin said that talks would resume, adding that no date had been set.";
    List<Quote> q = new QuoteFixture(text)
        .person("Maria Zakharova", "Maria Zakharova", "RUSGOV")
        .actor("Yerevan", "Armenia", "ARMGOV", ActorType.GOVERNMENT)
        .actor("Kremlin", "Kremlin", "RUSGOV", ActorType.GOVERNMENT)
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::text).containsExactly(
        tuple("Maria Zakharova", "Armenia was drifting towards the West"),
        tuple("Kremlin", "talks would resume"),
        tuple("Kremlin", "no date had been set"));
  }

  @Test
  void bodiesAndDocumentsSpeakForTheirOwners() {
    String text = "The blockade will end in a catastrophe, an Armenpress commentary warned. "
        + "Baku's forensic examination concluded that both men had been beaten. "
        + "More than 100,000 people crossed the border, the government in Yerevan said. "
        + "He was detained at the checkpoint, his lawyer said.";
    List<Quote> q = new QuoteFixture(text)
        .actor("Armenpress", "Armenpress", "ARMMED", ActorType.MEDIA)
        .actor("Baku", "Azerbaijan", "AZEGOV", ActorType.GOVERNMENT)
        .actor("Yerevan", "Armenia", "ARMGOV", ActorType.GOVERNMENT)
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::speakerCode).containsExactly(
        tuple("Armenpress", "ARMMED"),
        tuple("Azerbaijan", "AZEGOV"),
        tuple("government in Yerevan", "ARMGOV"),
        tuple("his lawyer", ""));
  }

  @Test
  void pronounWithoutAPersonFallsBackToTheLastSpeaker() {
    String text = "Ankara said that the talks were useful. He stressed that the border would "
        + "open soon.";
    List<Quote> q = new QuoteFixture(text)
        .actor("Ankara", "Turkey", "TURGOV", ActorType.GOVERNMENT)
        .quotes();
    assertThat(q).extracting(Quote::speaker).containsExactly("Turkey", "Turkey");
  }
}
