package org.caspian.analysis.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.caspian.analysis.token.TokenStage;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.FrameMarker;
import org.caspian.model.Layer;
import org.caspian.model.Quote;
import org.caspian.model.Span;
import org.junit.jupiter.api.Test;

class FramingStageTest {
  private static final FramingStage FRAMING = FramingStage.create();
  private static final TokenStage TOKENS = new TokenStage();

  private static List<FrameMarker> find(String text, LocalDate date) {
    return FRAMING.find(text, TOKENS.tokenize(text), date, List.of());
  }

  private static List<FrameMarker> find(String text) {
    return find(text, LocalDate.of(2024, 3, 1));
  }

  @Test
  void sameEventToldByAzerbaijaniAndArmenianOutlets() {
    String baku = "In September 2023 Azerbaijan carried out local anti-terrorist measures in the "
        + "Karabakh economic region, and the reintegration of Armenian residents began.";
    String yerevan = "In September 2023 Azerbaijan launched a military aggression against "
        + "Artsakh, and the ethnic cleansing of its Armenians followed.";
    assertThat(find(baku)).extracting(FrameMarker::term, FrameMarker::side, FrameMarker::frame)
        .containsExactly(
            tuple("anti-terrorist measures", "AZE", "2023-operation"),
            tuple("Karabakh economic region", "AZE", "karabakh-name"),
            tuple("reintegration", "AZE", "2023-operation"));
    assertThat(find(yerevan)).extracting(FrameMarker::term, FrameMarker::side)
        .containsExactly(
            tuple("military aggression", "ARM"),
            tuple("Artsakh", "ARM"),
            tuple("ethnic cleansing", "ARM"));
  }

  @Test
  void spanIsTheMatchedTextAndTermIsCanonical() {
    String text = "Residents of Nagorny Karabakh remember the 44 day war.";
    List<FrameMarker> m = find(text);
    assertThat(m).extracting(f -> f.span().of(text))
        .containsExactly("Nagorny Karabakh", "44 day war");
    assertThat(m).extracting(FrameMarker::term)
        .containsExactly("Nagorno-Karabakh", "44-day war");
  }

  @Test
  void longestTermWinsAndPossessiveIsAllowed() {
    String text = "Veterans of the Second Karabakh War met in Shusha; Karabakh's future and the "
        + "Great Patriotic War were discussed.";
    List<FrameMarker> m = find(text);
    assertThat(m).extracting(FrameMarker::term).containsExactly(
        "Second Karabakh War", "Shusha", "Karabakh", "Great Patriotic War");
    assertThat(m.get(2).span().of(text)).isEqualTo("Karabakh");
    assertThat(m.get(3).side()).isEqualTo("RUS");
  }

  @Test
  void russianArmenianAndAzerbaijaniTermsWithInflection() {
    List<FrameMarker> ru = find("Жители Арцаха пережили 44-дневную войну, а Баку называет её "
        + "Отечественной войной.");
    assertThat(ru).extracting(FrameMarker::term, FrameMarker::side).containsExactly(
        tuple("Artsakh", "ARM"), tuple("44-day war", "ARM"), tuple("Patriotic War", "AZE"));
    List<FrameMarker> az = find("Vətən müharibəsindən sonra Qarabağda və Zəngəzur dəhlizində "
        + "işlər sürətlənib.");
    assertThat(az).extracting(FrameMarker::term).containsExactly(
        "Patriotic War", "Garabagh", "Zangezur corridor");
    List<FrameMarker> hy = find("Արցախի բնակիչները 44-օրյա պատերազմից հետո");
    assertThat(hy).extracting(FrameMarker::term).containsExactly("Artsakh", "44-day war");
  }

  @Test
  void ukraineVocabularyAndStatehoodPrepositions() {
    List<FrameMarker> m = find("Moscow calls the full-scale invasion a special military "
        + "operation and speaks of the reunification of Crimea.");
    assertThat(m).extracting(FrameMarker::side).containsExactly("UKR", "RUS", "RUS");
    assertThat(find("События на Украине и в Украине")).extracting(FrameMarker::side)
        .containsExactly("RUS", "UKR");
  }

  @Test
  void publicationDateDecidesWhoseTermItIs() {
    String text = "Refugees want to return to the liberated territories.";
    assertThat(find(text, LocalDate.of(2015, 5, 1)).get(0).side()).isEqualTo("ARM");
    assertThat(find(text, LocalDate.of(2022, 5, 1)).get(0).side()).isEqualTo("AZE");
    assertThat(find(text, null).get(0).side()).isEqualTo("AZE");
    String kiev = "Talks in Kiev";
    assertThat(find(kiev, LocalDate.of(2014, 1, 1)).get(0).side()).isEqualTo("neutral");
    assertThat(find(kiev, LocalDate.of(2023, 1, 1)).get(0).side()).isEqualTo("RUS");
  }

  @Test
  void caseSensitiveAcronymsOnlyMatchInCapitals() {
    assertThat(find("The SMO entered its third year.")).extracting(FrameMarker::term)
        .containsExactly("special military operation");
    assertThat(find("We smo nothing.")).isEmpty();
  }

  @Test
  void transliterationVariantsAreNotFrames() {
    assertThat(find("Detentions in Yekaterinburg and Ekaterinburg continued.")).isEmpty();
  }

  @Test
  void soCalledAndScareQuotesAreDistancing() {
    String text = "Refugees fled the so-called “anti-terrorist measures” that swept "
        + "across Artsakh.";
    List<FrameMarker> m = find(text);
    assertThat(m).extracting(FrameMarker::term).containsExactly(
        "so-called", "scare-quotes", "anti-terrorist measures", "Artsakh");
    assertThat(m.get(1).span().of(text)).isEqualTo("“anti-terrorist measures”");
    assertThat(m.get(1).side()).isEqualTo("distancing");
  }

  @Test
  void scareQuotesSkipNamesSpeechAndLongQuotes() {
    String text = "Materials from the \"Tsargrad\" channel praised the \"elections\" in the "
        + "region. The outlet published an article titled \"same old scenario\". "
        + "\"We will not retreat,\" he said. Lavrov called it \"a farce\". "
        + "Experts doubt the \"peace\" will last, calling it a \"truce\" at best.";
    List<FrameMarker> m = find(text);
    assertThat(m).extracting(f -> f.span().of(text))
        .containsExactly("\"elections\"", "\"peace\"");
  }

  @Test
  void quotesFromTheQuoteStageAreNotScareQuotes() {
    String text = "Armenian officials accused Moscow of \"hybrid warfare\" and of \"meddling\".";
    Span quoted = new Span(text.indexOf("hybrid"), text.indexOf("warfare") + 7);
    List<FrameMarker> withQuotes = FRAMING.find(text, TOKENS.tokenize(text), null,
        List.of(new Quote("Armenian officials", "ARM", "hybrid warfare", quoted, true)));
    // "accused" is a cue anyway for the first; the second is 3 words after "of" and "accused" is
    // more than six tokens before it
    assertThat(withQuotes).extracting(f -> f.span().of(text)).containsExactly("\"meddling\"");
  }

  @Test
  void stageUsesQuotesLayerAndPublicationDate() {
    String text = "They fled the occupied territories.";
    Article a = new Article("x", "", "", "", LocalDate.of(2010, 1, 1), text);
    AnalyzedArticle out = FRAMING.apply(TOKENS.apply(AnalyzedArticle.of(a)));
    assertThat(out.has(Layer.FRAMING)).isTrue();
    assertThat(out.framing()).extracting(FrameMarker::side).containsExactly("AZE");
  }

  @Test
  void lexiconCoversEnoughTerms() {
    assertThat(FRAMING.lexiconSize()).isGreaterThanOrEqualTo(70);
  }

  @Test
  void junkNeverThrows() {
    Random r = new Random(11);
    StringBuilder sb = new StringBuilder();
    String marks = "\"'«»“”„‘’ ";
    for (int i = 0; i < 50_000; i++) {
      sb.append(r.nextInt(4) == 0 ? marks.charAt(r.nextInt(marks.length()))
          : (char) r.nextInt(0x2000));
    }
    String junk = sb + "x".repeat(100_000) + "🙂“Artsakh”🙂";
    List<FrameMarker> m = find(junk);
    for (FrameMarker f : m) {
      assertThat(f.span().end()).isLessThanOrEqualTo(junk.length());
    }
    assertThat(find("")).isEmpty();
  }
}
