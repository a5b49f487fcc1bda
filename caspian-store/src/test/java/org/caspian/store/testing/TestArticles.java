package org.caspian.store.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorRef;
import org.caspian.model.ActorType;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Event;
import org.caspian.model.Modality;
import org.caspian.model.OutletRef;
import org.caspian.model.Provenance;
import org.caspian.model.Span;

/**
 * Hand-made analysed articles for store, query and server tests; no analysis stage is involved.
 * Events point at sentences found in the text by search, so their spans are always right.
 */
public final class TestArticles {
  private TestArticles() {}

  /** A recipe for one event inside an article still being built. */
  public record EventSpec(String sentence, String trigger, String src, String tgt, String cameo,
      double goldstein, int quad, Modality modality, LocalDate date) {}

  /** An asserted event with no date of its own (the article's date applies). */
  public static EventSpec ev(String sentence, String trigger, String src, String tgt, String cameo,
      double goldstein, int quad) {
    return new EventSpec(sentence, trigger, src, tgt, cameo, goldstein, quad, Modality.ASSERTED,
        null);
  }

  /** An event with its own modality and date. */
  public static EventSpec ev(String sentence, String trigger, String src, String tgt, String cameo,
      double goldstein, int quad, Modality modality, LocalDate date) {
    return new EventSpec(sentence, trigger, src, tgt, cameo, goldstein, quad, modality, date);
  }

  /**
   * Builds an article whose text is the given sentences joined by single spaces, with language
   * "en", sentences, actors (from the events' codes) and events filled in.
   */
  /** The article as ingest stores it: the outlets of the test corpus resolved by the registry. */
  private static Article withOutlet(Article art) {
    String[] o = switch (art.source()) {
      case "APA" -> new String[] {"apa", "AZE", "private"};
      case "Trend" -> new String[] {"trend", "AZE", "private"};
      case "TASS" -> new String[] {"tass", "RUS", "state"};
      case "Armenpress" -> new String[] {"armenpress", "ARM", "state"};
      default -> null;
    };
    if (o == null) {
      return art;
    }
    OutletRef ref = new OutletRef(o[0], art.source(), o[1], o[2], "wire", List.of(), "name");
    return art.withMeta(art.meta().withOutlet(ref, Provenance.INPUT));
  }

  public static AnalyzedArticle article(String id, String title, String source, LocalDate published,
      List<String> sentences, List<EventSpec> events) {
    String text = String.join(" ", sentences);
    List<Span> spans = new ArrayList<>();
    int at = 0;
    for (String s : sentences) {
      spans.add(new Span(at, at + s.length()));
      at += s.length() + 1;
    }
    List<Event> evs = new ArrayList<>();
    List<ActorMention> actors = new ArrayList<>();
    for (EventSpec e : events) {
      int start = text.indexOf(e.sentence());
      if (start < 0) {
        throw new IllegalArgumentException("sentence not in text: " + e.sentence());
      }
      Span span = new Span(start, start + e.sentence().length());
      ActorRef src = ref(e.src());
      ActorRef tgt = ref(e.tgt());
      actors.add(new ActorMention(src.code(), src.country(), src.text(), ActorType.COUNTRY,
          new Span(start, start + 1), e.sentence().substring(0, 1)));
      evs.add(new Event(e.date(), src, tgt, e.cameo(), "", e.goldstein(), e.quad(), e.modality(),
          "", span, e.sentence(), e.trigger(), 0.8));
    }
    Article art = withOutlet(new Article(id, title, source, "https://example.org/" + id,
        published, text));
    return AnalyzedArticle.of(art).withLanguage("en").withSentences(spans).withActors(actors)
        .withEvents(evs);
  }

  private static ActorRef ref(String code) {
    return new ActorRef(code, code.length() >= 3 ? code.substring(0, 3) : code, code);
  }
}
