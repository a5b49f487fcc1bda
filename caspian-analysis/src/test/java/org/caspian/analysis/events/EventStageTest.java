package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.Stage;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Event;
import org.caspian.model.Layer;
import org.caspian.model.Span;
import org.caspian.model.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stage contract: layers, language choice, and input that must never break it. */
class EventStageTest {
  private static final String SENTENCE = "Russian police detained Azerbaijani citizens.";
  private static EventStage stage;

  @BeforeAll
  static void load() {
    stage = EventStage.create();
  }

  @Test
  void declaresItsLayers() {
    assertThat(stage.name()).isEqualTo("events");
    assertThat(stage.requires()).containsExactlyInAnyOrder(Layer.SENTENCES, Layer.TOKENS,
        Layer.ACTORS);
    assertThat(stage.provides()).containsExactly(Layer.EVENTS);
    // Russian and Azerbaijani are on trial (precision below 0.7 on their blind sets): coded only
    // when asked for; Armenian ships.
    assertThat(stage.languages()).containsExactlyInAnyOrder("en", "hy");
    assertThat(EventStage.create(Set.of("en", "ru")).languages())
        .containsExactlyInAnyOrder("en", "ru");
    assertThat(EventStage.create(Set.of("ru")).languages()).containsExactly("ru");
    assertThat(EventStage.create(Set.of("az", "hy")).languages())
        .containsExactlyInAnyOrder("az", "hy");
  }

  @Test
  void pipelineRefusesToRunItWithoutActors() {
    assertThatThrownBy(() -> Pipeline.builder().add(Fixture.TOKENS).add(Fixture.SENTENCES)
        .add(stage).build()).hasMessageContaining("events").hasMessageContaining("ACTORS");
    Stage actors = new Stage() {
      @Override
      public String name() {
        return "fake-actors";
      }

      @Override
      public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
      }

      @Override
      public Set<Layer> provides() {
        return Set.of(Layer.ACTORS);
      }

      @Override
      public AnalyzedArticle apply(AnalyzedArticle in) {
        String t = in.text();
        int r = t.indexOf("Russian police");
        int a = t.indexOf("Azerbaijani");
        return in.withActors(List.of(
            new ActorMention("RUSCOP", "RUS", "police", ActorType.INSTITUTION,
                new Span(r, r + 14), "Russian police"),
            new ActorMention("AZE", "AZE", "Azerbaijan", ActorType.COUNTRY, new Span(a, a + 11),
                "Azerbaijani")));
      }
    };
    Pipeline p = Pipeline.builder().add(Fixture.TOKENS).add(Fixture.SENTENCES).add(actors)
        .add(stage).build();
    AnalyzedArticle out = p.analyze(new Article("x", "", "", "", LocalDate.of(2025, 6, 28),
        SENTENCE));
    assertThat(out.has(Layer.EVENTS)).isTrue();
    assertThat(out.events()).extracting(Event::cameo).containsExactly("173");
  }

  @Test
  void languageChoosesTheCoder() {
    LocalDate pub = LocalDate.of(2025, 6, 28);
    Fixture.Actor[] cast = {Fixture.institution("Russian police", "RUSCOP"),
        Fixture.country("Azerbaijani", "AZE")};
    assertThat(stage.apply(Fixture.article(SENTENCE, pub, "en", cast)).events()).hasSize(1);
    assertThat(stage.apply(Fixture.article(SENTENCE, pub, "und", cast)).events()).hasSize(1);
    AnalyzedArticle ru = stage.apply(Fixture.article(SENTENCE, pub, "ru", cast));
    assertThat(ru.events()).isEmpty();
    assertThat(ru.has(Layer.EVENTS)).isTrue();
    EventCoder fake = a -> List.of();
    EventStage custom = new EventStage(Map.of("az", fake));
    assertThat(custom.apply(Fixture.article(SENTENCE, pub, "en", cast)).events()).isEmpty();
  }

  @Test
  void doesNotModifyItsInputAndIsRepeatable() {
    AnalyzedArticle in = Fixture.article(SENTENCE, LocalDate.of(2025, 6, 28),
        Fixture.institution("Russian police", "RUSCOP"), Fixture.country("Azerbaijani", "AZE"));
    AnalyzedArticle first = stage.apply(in);
    AnalyzedArticle second = stage.apply(in);
    assertThat(in.events()).isEmpty();
    assertThat(in.has(Layer.EVENTS)).isFalse();
    assertThat(second.events()).isEqualTo(first.events());
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    List<AnalyzedArticle> inputs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      inputs.add(Fixture.article("On June " + (i % 28 + 1) + ", Russian police detained "
          + "Azerbaijani citizens and Baku summoned the Russian ambassador. Peskov said that "
          + "Baku had arrested Russian citizens.", LocalDate.of(2025, 7, 2), Cast.ALL));
    }
    List<List<Event>> expected = new ArrayList<>();
    for (AnalyzedArticle in : inputs) {
      expected.add(stage.apply(in).events());
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        4, r -> new Thread(r, "events-test"));
    try {
      List<java.util.concurrent.Future<List<Event>>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (AnalyzedArticle in : inputs) {
          futures.add(pool.submit(() -> stage.apply(in).events()));
        }
      }
      for (int k = 0; k < futures.size(); k++) {
        assertThat(futures.get(k).get()).isEqualTo(expected.get(k % inputs.size()));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.get(0)).hasSize(3);
  }

  @Test
  void oddInputNeverThrows() {
    StringBuilder noSpaces = new StringBuilder(1_000_000);
    while (noSpaces.length() < 1_000_000) {
      noSpaces.append("Russiadetained");
    }
    StringBuilder junk = new StringBuilder();
    Random r = new Random(7);
    for (int i = 0; i < 5000; i++) {
      junk.append((char) r.nextInt(0x3000));
    }
    String[] texts = {"", "   \n\t ", noSpaces.toString(), junk.toString(),
        "Russia 🚀🔥 detained 👮 Azerbaijani 🇦🇿 citizens 🙏.",
        "روسيا اعتقلت مواطنين أذربيجانيين. Russia detained Azerbaijani citizens.",
        "רוסיה עצרה. Russia , , , detained ; ; Azerbaijani ?? !!"};
    for (String t : texts) {
      AnalyzedArticle a = stage.apply(Fixture.article(t, null, Fixture.country("Russia", "RUS"),
          Fixture.country("Azerbaijani", "AZE")));
      for (Event e : a.events()) {
        assertThat(e.span().end()).isLessThanOrEqualTo(t.length());
      }
    }
  }

  @Test
  void inconsistentLayersYieldNoEventsRatherThanErrors() {
    Article art = new Article("x", "", "", "", null, SENTENCE);
    List<ActorMention> outside = List.of(
        new ActorMention("RUS", "RUS", "Russia", ActorType.COUNTRY, new Span(500, 506), "Russia"),
        new ActorMention("AZE", "AZE", "Azerbaijan", ActorType.COUNTRY, new Span(0, 7),
            "Russian"));
    AnalyzedArticle a = AnalyzedArticle.of(art).withLanguage("en")
        .withTokens(new Tokens(new int[] {0, 900}, new int[] {7, 905}))
        .withSentences(List.of(new Span(0, SENTENCE.length()), new Span(10, 4000)))
        .withActors(outside);
    assertThat(stage.apply(a).events()).isEmpty();
  }

  @Test
  void randomNewsLikeTextKeepsEveryInvariant() {
    long base = System.nanoTime();
    for (long seed = base; seed < base + 20; seed++) {
      checkRandomText(seed);
    }
  }

  private static void checkRandomText(long seed) {
    Random r = new Random(seed);
    String[] words = {"Russia", "Azerbaijan", "Baku", "Moscow", "Aliyev", "Putin", "detained",
        "summoned", "the", "ambassador", "and", "signed", "an", "agreement", "with", "was", "by",
        "said", "that", "not", "will", "on", "June", "28", ",", ".", "the", "next", "day",
        "threatened", "to", "expel", "talks", "between", "of", "according", "if", "?", "\"",
        "accused", "refused", "meet", "in", "arrest", "who", "which", "after", "2024"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      b.append(words[r.nextInt(words.length)]).append(r.nextInt(8) == 0 ? "\n" : " ");
    }
    String text = b.toString();
    AnalyzedArticle a = stage.apply(Fixture.article(text, LocalDate.of(2025, 1, 1), Cast.ALL));
    List<String> problems = new ArrayList<>();
    for (Event e : a.events()) {
      if (e.span().end() > text.length() || !e.text().equals(e.span().of(text))) {
        problems.add("bad span " + e);
      }
      if (e.confidence() < 0 || e.confidence() > 1 || e.source().equals(e.target())) {
        problems.add("bad event " + e);
      }
      if (!e.text().contains(e.trigger())) {
        problems.add("trigger outside sentence " + e);
      }
    }
    assertThat(problems).as("seed %d", seed).isEmpty();
    assertThat(a.events()).as("seed %d", seed).isNotEmpty();
  }
}
