package org.caspian.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.sentence.SentenceStage;
import org.caspian.analysis.token.TokenStage;
import org.caspian.model.ActorType;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Layer;
import org.caspian.model.Quote;
import org.caspian.model.Tokens;
import org.junit.jupiter.api.Test;

class QuoteStageTest {

  private static final String COMMENTATOR_ARTICLE =
      "Parts of the Russian media have softened their tone towards Baku, according to political "
      + "commentator Ramiz Aliyev.\n"
      + "He said that the shift reflects the new balance of power in the region.\n"
      + "\"Some circles in Moscow still look at the Caucasus through an imperial lens,\" he "
      + "noted.\n"
      + "President Ilham Aliyev's course after the conflict is pragmatic and balanced.\n"
      + "\"Baku is interested in neither confrontation nor artificial tension,\" the political "
      + "scientist stated.\n"
      + "Aliyev added that new transport links would benefit the whole region.";

  private static QuoteFixture commentatorArticle(String text) {
    return new QuoteFixture(text)
        .actor("Russian", "Russia", "RUS", ActorType.COUNTRY)
        .actor("Baku", "Azerbaijan", "AZEGOV", ActorType.GOVERNMENT)
        .actor("Moscow", "Russia", "RUSGOV", ActorType.GOVERNMENT)
        .person("Ramiz Aliyev", "Ramiz Aliyev", "")
        .person("Ilham Aliyev", "Ilham Aliyev", "AZEGOV")
        // the actor dictionary resolves the bare surname to the president; the quote stage must
        // not follow it blindly
        .personIn("Aliyev added", "Aliyev", "Ilham Aliyev", "AZEGOV");
  }

  @Test
  void commentatorIsNotConfusedWithThePresident() {
    List<Quote> q = commentatorArticle(COMMENTATOR_ARTICLE).quotes();
    assertThat(q).extracting(Quote::speaker, Quote::speakerCode, Quote::direct).containsExactly(
        tuple("Ramiz Aliyev", "", false),
        tuple("Ramiz Aliyev", "", false),
        tuple("Ramiz Aliyev", "", true),
        tuple("Ramiz Aliyev", "", true),
        tuple("Ramiz Aliyev", "", false));
    assertThat(q).extracting(Quote::text).containsExactly(
        "Parts of the Russian media have softened their tone towards Baku",
        "the shift reflects the new balance of power in the region",
        "Some circles in Moscow still look at the Caucasus through an imperial lens",
        "Baku is interested in neither confrontation nor artificial tension",
        "new transport links would benefit the whole region");
  }

  @Test
  void bareSurnameFollowsTheSalientPersonNotAPossessiveMention() {
    String base = "Political commentator Ramiz Aliyev spoke to Oxu.Az. \"The old maps of the "
        + "region are gone for good,\" he noted. ";
    String possessive = base + "President Ilham Aliyev's course has been consistent. "
        + "Aliyev added that the new routes would help trade.";
    List<Quote> q = new QuoteFixture(possessive)
        .person("Ramiz Aliyev", "Ramiz Aliyev", "")
        .person("Ilham Aliyev", "Ilham Aliyev", "AZEGOV")
        .personIn("Aliyev added", "Aliyev", "Ilham Aliyev", "AZEGOV")
        .quotes();
    assertThat(q).extracting(Quote::speaker).containsExactly("Ramiz Aliyev", "Ramiz Aliyev");
    // when the president is the subject of the sentence before, the surname is his
    String subject = base + "President Ilham Aliyev received the delegation in Baku. "
        + "Aliyev added that the new routes would help trade.";
    List<Quote> q2 = new QuoteFixture(subject)
        .person("Ramiz Aliyev", "Ramiz Aliyev", "")
        .person("Ilham Aliyev", "Ilham Aliyev", "AZEGOV")
        .personIn("Aliyev added", "Aliyev", "Ilham Aliyev", "AZEGOV")
        .quotes();
    assertThat(q2).extracting(Quote::speaker, Quote::speakerCode).containsExactly(
        tuple("Ramiz Aliyev", ""), tuple("Ilham Aliyev", "AZEGOV"));
  }

  @Test
  void personNamedInsideReportedSpeechDoesNotTakeOverTheSurname() {
    String text = "Speaking to Oxu.Az, political commentator Ramiz Aliyev said the agreement "
        + "signed by President Ilham Aliyev in Washington had changed the region. Aliyev added "
        + "that Moscow would have to adapt.";
    List<Quote> q = new QuoteFixture(text)
        .person("Ramiz Aliyev", "Ramiz Aliyev", "")
        .person("President Ilham Aliyev", "Ilham Aliyev", "AZEGOV")
        .personIn("Aliyev added", "Aliyev", "Ilham Aliyev", "AZEGOV")
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::text).containsExactly(
        tuple("Ramiz Aliyev", "the agreement signed by President Ilham Aliyev in Washington had "
            + "changed the region"),
        tuple("Ramiz Aliyev", "Moscow would have to adapt"));
  }

  @Test
  void expertRoleNeverPicksAHeadOfStateEvenWithoutATitle() {
    String text = "Ramiz Aliyev spoke to Oxu.Az on Tuesday.\n"
        + "President Ilham Aliyev met the French ambassador the same day.\n"
        + "\"Nobody in the neighbourhood takes lectures from Moscow any more,\" the expert said.";
    List<Quote> q = new QuoteFixture(text)
        .person("Ramiz Aliyev", "Ramiz Aliyev", "")
        .person("Ilham Aliyev", "Ilham Aliyev", "AZEGOV")
        .quotes();
    assertThat(q).extracting(Quote::speaker).containsExactly("Ramiz Aliyev");
  }

  @Test
  void headOfStateRoleFindsThePresident() {
    String text = "Political commentator Ramiz Aliyev and President Ilham Aliyev both spoke on "
        + "Friday. \"We will not allow new dividing lines in the region,\" the president said.";
    List<Quote> q = new QuoteFixture(text)
        .person("Ramiz Aliyev", "Ramiz Aliyev", "")
        .person("Ilham Aliyev", "Ilham Aliyev", "AZEGOV")
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::speakerCode)
        .containsExactly(tuple("Ilham Aliyev", "AZEGOV"));
  }

  @Test
  void heNotedAfterANamedSpeakerAndContinuation() {
    String text = "Kremlin spokesman Dmitry Peskov spoke to journalists on Monday. \"We are "
        + "not going to comment on the detentions in Yekaterinburg,\" he noted. \"All questions "
        + "should go to the investigators.\"";
    List<Quote> q = new QuoteFixture(text)
        .actor("Kremlin", "Kremlin", "RUSGOV", ActorType.GOVERNMENT)
        .person("Dmitry Peskov", "Dmitry Peskov", "RUSGOV")
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::text).containsExactly(
        tuple("Dmitry Peskov", "We are not going to comment on the detentions in Yekaterinburg"),
        tuple("Dmitry Peskov", "All questions should go to the investigators."));
  }

  @Test
  void speakerBeforeAndAfterTheQuote() {
    String text = "Lavrov said: \"The West wants to drag Baku into a confrontation with Moscow.\" "
        + "\"Nobody will dictate terms to Yerevan,\" said Ararat Mirzoyan. "
        + "\"We are ready to sign,\" Jeyhun Bayramov told reporters in Baku.";
    List<Quote> q = new QuoteFixture(text)
        .person("Lavrov", "Sergey Lavrov", "RUSGOV")
        .person("Ararat Mirzoyan", "Ararat Mirzoyan", "ARMGOV")
        .person("Jeyhun Bayramov", "Jeyhun Bayramov", "AZEGOV")
        .actor("Baku", "Azerbaijan", "AZEGOV", ActorType.GOVERNMENT)
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::speakerCode, Quote::text).containsExactly(
        tuple("Sergey Lavrov", "RUSGOV", "The West wants to drag Baku into a confrontation with "
            + "Moscow."),
        tuple("Ararat Mirzoyan", "ARMGOV", "Nobody will dictate terms to Yerevan"),
        tuple("Jeyhun Bayramov", "AZEGOV", "We are ready to sign"));
  }

  @Test
  void curlyQuotesSpanningSentencesWithANestedQuote() {
    String text = "“The talks were difficult. Still, the ‘Crossroads of Peace’ idea is alive and "
        + "Yerevan's position has not changed,” the minister said.";
    List<Quote> q = new QuoteFixture("Foreign Minister Ararat Mirzoyan arrived in Brussels. " + text)
        .person("Ararat Mirzoyan", "Ararat Mirzoyan", "ARMGOV")
        .quotes();
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).isEqualTo("Ararat Mirzoyan");
    assertThat(q.get(0).text()).startsWith("The talks were difficult. Still, the ‘Crossroads")
        .endsWith("has not changed");
    assertThat(q.get(0).direct()).isTrue();
  }

  @Test
  void russianGuillemetsAndReportedSpeech() {
    String text = "«Мы не будем вмешиваться во внутренние дела Армении», — заявил Песков. "
        + "Песков также заявил, что Москва внимательно следит за ситуацией. "
        + "По словам Пескова, переговоры продолжатся на следующей неделе.";
    List<Quote> q = new QuoteFixture(text)
        .person("Песков", "Dmitry Peskov", "RUSGOV")
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::direct, Quote::text).containsExactly(
        tuple("Dmitry Peskov", true, "Мы не будем вмешиваться во внутренние дела Армении"),
        tuple("Dmitry Peskov", false, "Москва внимательно следит за ситуацией"),
        tuple("Dmitry Peskov", false, "переговоры продолжатся на следующей неделе"));
  }

  @Test
  void russianNestedLowQuotesStayInside() {
    String text = "«Материалы „Царьграда“ не отражают позицию Кремля», — отметил политолог.";
    List<Quote> q = new QuoteFixture("Политолог Андрей Петров дал интервью. " + text)
        .person("Андрей Петров", "Andrey Petrov", "")
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::text).containsExactly(
        tuple("Andrey Petrov", "Материалы „Царьграда“ не отражают позицию Кремля"));
  }

  @Test
  void azerbaijaniPatterns() {
    String text = "\"Sülh gündəliyinin alternativi yoxdur\", - deyə Ceyhun Bayramov bildirib. "
        + "Hikmət Hacıyev bildirib ki, Bakı danışıqlara hazırdır.";
    List<Quote> q = new QuoteFixture(text)
        .person("Ceyhun Bayramov", "Jeyhun Bayramov", "AZEGOV")
        .person("Hikmət Hacıyev", "Hikmet Hajiyev", "AZEGOV")
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::direct, Quote::text).containsExactly(
        tuple("Jeyhun Bayramov", true, "Sülh gündəliyinin alternativi yoxdur"),
        tuple("Hikmet Hajiyev", false, "Bakı danışıqlara hazırdır"));
  }

  @Test
  void armenianPatterns() {
    String text = "«Մենք պատրաստ ենք ստորագրել խաղաղության պայմանագիրը»,- հայտարարել է "
        + "Փաշինյանը։ Փաշինյանը նշել է, որ Երևանը պատրաստ է շարունակել բանակցությունները։";
    List<Quote> q = new QuoteFixture(text)
        .person("Փաշինյանը", "Nikol Pashinyan", "ARMGOV")
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::direct, Quote::text).containsExactly(
        tuple("Nikol Pashinyan", true, "Մենք պատրաստ ենք ստորագրել խաղաղության պայմանագիրը"),
        tuple("Nikol Pashinyan", false, "Երևանը պատրաստ է շարունակել բանակցությունները"));
  }

  @Test
  void reportedSpeechWithObjectAndAccordingTo() {
    String text = "Deputy Foreign Minister Mikhail Galuzin told Interfax that Moscow was ready to "
        + "help both sides. The ceasefire is holding, according to the Armenian Defence Ministry. "
        + "According to the declaration signed in Moscow, the allies will consult each other.";
    List<Quote> q = new QuoteFixture(text)
        .person("Mikhail Galuzin", "Mikhail Galuzin", "RUSGOV")
        .actor("Interfax", "Interfax", "RUSMED", ActorType.MEDIA)
        .actor("Moscow", "Russia", "RUSGOV", ActorType.GOVERNMENT)
        .actor("Armenian Defence Ministry", "Ministry of Defence of Armenia", "ARMMIL",
            ActorType.INSTITUTION)
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::speakerCode, Quote::text).containsExactly(
        tuple("Mikhail Galuzin", "RUSGOV", "Moscow was ready to help both sides"),
        tuple("Ministry of Defence of Armenia", "ARMMIL", "The ceasefire is holding"));
  }

  @Test
  void organisationsSpeak() {
    String text = "Azerbaijan's Foreign Ministry summoned the Russian envoy on Friday. "
        + "\"We demand a full investigation of the deaths,\" the ministry said. "
        + "The Kremlin said that the detentions were a matter for the police. "
        + "Baku stated that it would respond in kind.";
    List<Quote> q = new QuoteFixture(text)
        .actor("Azerbaijan's Foreign Ministry", "Ministry of Foreign Affairs of Azerbaijan",
            "AZEGOV", ActorType.INSTITUTION)
        .actor("Russian", "Russia", "RUS", ActorType.COUNTRY)
        .actor("Kremlin", "Kremlin", "RUSGOV", ActorType.GOVERNMENT)
        .actor("Baku", "Azerbaijan", "AZEGOV", ActorType.GOVERNMENT)
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::speakerCode).containsExactly(
        tuple("Ministry of Foreign Affairs of Azerbaijan", "AZEGOV"),
        tuple("Kremlin", "RUSGOV"),
        tuple("Azerbaijan", "AZEGOV"));
  }

  @Test
  void possessorGivesTheCodeOrTheKnownOfficeHolder() {
    String text = "Armenia's foreign minister said that Yerevan would not join the bloc. "
        + "Putin's spokesperson said that no decision had been taken.";
    List<Quote> q = new QuoteFixture(text)
        .actor("Armenia", "Armenia", "ARM", ActorType.COUNTRY)
        .person("Putin", "Vladimir Putin", "RUSGOV")
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::speakerCode).containsExactly(
        tuple("Armenia's foreign minister", "ARMGOV"),
        tuple("Putin's spokesperson", "RUSGOV"));
    List<Quote> known = new QuoteFixture("Kremlin spokesman Dmitry Peskov arrived late. " + text)
        .actor("Armenia", "Armenia", "ARM", ActorType.COUNTRY)
        .person("Putin", "Vladimir Putin", "RUSGOV")
        .person("Dmitry Peskov", "Dmitry Peskov", "RUSGOV")
        .quotes();
    assertThat(known).extracting(Quote::speaker).containsExactly(
        "Armenia's foreign minister", "Dmitry Peskov");
  }

  @Test
  void unresolvedSpeakersKeepTheirWords() {
    String text = "Russian analysts write that the war weakened Moscow's hand. "
        + "\"The region has changed,\" Zakharovna said.";
    List<Quote> q = new QuoteFixture(text)
        .actor("Russian", "Russia", "RUS", ActorType.COUNTRY)
        .quotes();
    assertThat(q).extracting(Quote::speaker, Quote::speakerCode).containsExactly(
        tuple("Russian analysts", "RUS"),
        tuple("Zakharovna", ""));
  }

  @Test
  void namesTitlesAndScareQuotesAreNotQuotes() {
    String text = "The \"Tsargrad\" channel called the vote \"elections\". An agency published "
        + "an article titled \"Same Russia, same old scenario of pressure and threats\". "
        + "Baku condemned the so-called \"humanitarian convoy of the separatist regime\".";
    assertThat(new QuoteFixture(text).quotes()).isEmpty();
  }

  @Test
  void longUnattributedQuotationIsKeptWithoutSpeaker() {
    String text = "The story of \"a foreign plot to split the Caucasus from its old partners\" "
        + "ran on every evening talk show.";
    List<Quote> q = new QuoteFixture(text).quotes();
    assertThat(q).extracting(Quote::speaker, Quote::direct).containsExactly(tuple("", true));
  }

  @Test
  void partialQuoteAfterADescribingVerb() {
    String text = "Sergey Lavrov described the arrests of clergymen as \"unjustified attacks "
        + "without any grounds,\" while Yerevan stayed silent.";
    List<Quote> q = new QuoteFixture(text).person("Sergey Lavrov", "Sergey Lavrov", "RUSGOV").quotes();
    assertThat(q).extracting(Quote::speaker, Quote::text).containsExactly(
        tuple("Sergey Lavrov", "unjustified attacks without any grounds"));
  }

  @Test
  void apostrophesAreNotQuotes() {
    String text = "Russia's and the Armenians' claims: 'Tsargrad' called it the 90's style. "
        + "The expert's 'red lines' remark was quoted.";
    assertThat(new QuoteFixture(text).quotes()).isEmpty();
  }

  @Test
  void stageContract() {
    QuoteStage stage = QuoteStage.create();
    assertThat(stage.requires()).containsExactlyInAnyOrder(Layer.SENTENCES, Layer.TOKENS,
        Layer.ACTORS);
    assertThat(stage.provides()).containsExactly(Layer.QUOTES);
    assertThatThrownBy(() -> Pipeline.builder().add(new TokenStage()).add(stage).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ACTORS");
    Article a = new Article("a", "", "", "", null, "\"We are ready,\" he said.");
    AnalyzedArticle in = SentenceStage.create().apply(new TokenStage().apply(
        AnalyzedArticle.of(a))).withActors(List.of());
    AnalyzedArticle out = stage.apply(in);
    assertThat(out.has(Layer.QUOTES)).isTrue();
    assertThat(out.quotes()).extracting(Quote::text, Quote::speaker)
        .containsExactly(tuple("We are ready", ""));
  }

  @Test
  void oneStageServesManyThreads() throws Exception {
    List<Quote> expected = commentatorArticle(COMMENTATOR_ARTICLE).quotes();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<Quote>>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        runs.add(pool.submit(() -> commentatorArticle(COMMENTATOR_ARTICLE).quotes()));
      }
      for (java.util.concurrent.Future<List<Quote>> f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void junkNeverThrowsAndSpansStayInside() {
    Random r = new Random(3);
    StringBuilder sb = new StringBuilder();
    String alphabet = "\"'«»“”„‘’ ,.:—-\n said that according to he the expert Ա а ə ";
    for (int i = 0; i < 80_000; i++) {
      sb.append(r.nextInt(3) == 0 ? (char) r.nextInt(0x3000)
          : alphabet.charAt(r.nextInt(alphabet.length())));
    }
    String junk = sb + "x".repeat(200_000) + " 🙂 \"" + "😀".repeat(1000);
    List<Quote> q = new QuoteFixture(junk).quotes();
    for (Quote x : q) {
      assertThat(x.span().end()).isLessThanOrEqualTo(junk.length());
    }
    assertThat(QuoteStage.create().find("", Tokens.EMPTY, List.of(), List.of())).isEmpty();
    assertThat(new QuoteFixture("\"\" '' «»").quotes()).isEmpty();
  }
}
