package org.caspian.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An article with everything the pipeline found in it so far. Immutable: each stage returns a copy
 * with one more layer filled in ({@code withActors(...)} and so on) and records that layer in
 * {@link #layers()}.
 *
 * @param article the input
 * @param language ISO 639-1 code ("en", "ru", "hy", "az"...), "und" when unknown
 * @param sentences sentence spans in text order
 * @param tokens token boundaries
 * @param actors actor mentions in text order
 * @param events coded events in text order
 * @param quotes quotes in text order
 * @param tone document tone
 * @param framing framing markers in text order
 * @param layers which layers have been filled in
 */
public record AnalyzedArticle(
    Article article,
    String language,
    List<Span> sentences,
    Tokens tokens,
    List<ActorMention> actors,
    List<Event> events,
    List<Quote> quotes,
    Tone tone,
    List<FrameMarker> framing,
    Set<Layer> layers) {

  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    language = language == null ? "und" : language;
    sentences = List.copyOf(sentences);
    tokens = tokens == null ? Tokens.EMPTY : tokens;
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    tone = tone == null ? Tone.NEUTRAL : tone;
    framing = List.copyOf(framing);
    layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
  }

  /** A fresh, unannotated article. */
  public static AnalyzedArticle of(Article article) {
    return new AnalyzedArticle(
        article, "und", List.of(), Tokens.EMPTY, List.of(), List.of(), List.of(), Tone.NEUTRAL,
        List.of(), Set.of());
  }

  public String text() {
    return article.text();
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  private Set<Layer> plus(Layer layer) {
    EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
    s.add(layer);
    return s;
  }

  public AnalyzedArticle withLanguage(String lang) {
    return new AnalyzedArticle(article, lang, sentences, tokens, actors, events, quotes, tone,
        framing, plus(Layer.LANGUAGE));
  }

  public AnalyzedArticle withSentences(List<Span> s) {
    return new AnalyzedArticle(article, language, s, tokens, actors, events, quotes, tone,
        framing, plus(Layer.SENTENCES));
  }

  public AnalyzedArticle withTokens(Tokens t) {
    return new AnalyzedArticle(article, language, sentences, t, actors, events, quotes, tone,
        framing, plus(Layer.TOKENS));
  }

  public AnalyzedArticle withActors(List<ActorMention> a) {
    return new AnalyzedArticle(article, language, sentences, tokens, a, events, quotes, tone,
        framing, plus(Layer.ACTORS));
  }

  public AnalyzedArticle withEvents(List<Event> e) {
    return new AnalyzedArticle(article, language, sentences, tokens, actors, e, quotes, tone,
        framing, plus(Layer.EVENTS));
  }

  public AnalyzedArticle withQuotes(List<Quote> q) {
    return new AnalyzedArticle(article, language, sentences, tokens, actors, events, q, tone,
        framing, plus(Layer.QUOTES));
  }

  public AnalyzedArticle withTone(Tone t) {
    return new AnalyzedArticle(article, language, sentences, tokens, actors, events, quotes, t,
        framing, plus(Layer.TONE));
  }

  public AnalyzedArticle withFraming(List<FrameMarker> f) {
    return new AnalyzedArticle(article, language, sentences, tokens, actors, events, quotes, tone,
        f, plus(Layer.FRAMING));
  }
}
