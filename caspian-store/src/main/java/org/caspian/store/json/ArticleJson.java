package org.caspian.store.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorRef;
import org.caspian.model.ActorType;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Event;
import org.caspian.model.FrameMarker;
import org.caspian.model.Layer;
import org.caspian.model.Modality;
import org.caspian.model.Quote;
import org.caspian.model.Span;
import org.caspian.model.Tokens;
import org.caspian.model.Tone;

/**
 * Converts {@link AnalyzedArticle}s to and from the public JSON document.
 *
 * <p>Contract fields: {@code id, title, language, published, actors[{code,country,name,type,start,
 * end,text}], events[{date,source{code,country,text},target{...},cameo,plover,goldstein,quad,
 * modality,attribution,start,end,text}], quotes[{speaker,speakerCode,text,start,end,direct}],
 * framing[{term,side,start,end}], tone}}. Extra fields: {@code source, url, text, sentences,
 * toneDetail}, the source metadata {@code publishedAt, publishedFallback, sourceLanguage, author,
 * domain, canonicalUrl, originalSource, provenance} (see {@link ArticleMetaJson}), and per event
 * {@code trigger, confidence}, per frame marker {@code frame}. Thread-safe.
 */
public final class ArticleJson {
  private final ObjectMapper mapper = new ObjectMapper();
  private final ArticleMetaJson metaJson = new ArticleMetaJson();

  /** The JSON tree for {@code a}; includes the article text when {@code withText}. */
  public ObjectNode toTree(AnalyzedArticle a, boolean withText) {
    Article art = a.article();
    ObjectNode o = mapper.createObjectNode();
    o.put("id", art.id());
    o.put("title", art.title());
    o.put("source", art.source());
    o.put("url", art.url());
    o.put("language", a.language());
    putDate(o, "published", art.published());
    metaJson.put(o, art.meta());
    putActors(o.putArray("actors"), a.actors());
    putEvents(o.putArray("events"), a.events());
    putQuotes(o.putArray("quotes"), a.quotes());
    putFraming(o.putArray("framing"), a.framing());
    o.put("tone", a.tone().score());
    ObjectNode tone = o.putObject("toneDetail");
    tone.put("positive", a.tone().positive());
    tone.put("negative", a.tone().negative());
    tone.put("words", a.tone().words());
    ArrayNode sentences = o.putArray("sentences");
    for (Span s : a.sentences()) {
      sentences.addArray().add(s.start()).add(s.end());
    }
    if (withText) {
      o.put("text", art.text());
    }
    return o;
  }

  private static void putActors(ArrayNode out, List<ActorMention> actors) {
    for (ActorMention m : actors) {
      ObjectNode n = out.addObject();
      n.put("code", m.code());
      n.put("country", m.country());
      n.put("name", m.name());
      n.put("type", m.type().name().toLowerCase(Locale.ROOT));
      putSpan(n, m.span());
      n.put("text", m.text());
      if (m.inferred()) {
        n.put("inferred", true);
      }
    }
  }

  private static void putEvents(ArrayNode out, List<Event> events) {
    for (Event e : events) {
      ObjectNode n = out.addObject();
      putDate(n, "date", e.date());
      putRef(n.putObject("source"), e.source());
      putRef(n.putObject("target"), e.target());
      n.put("cameo", e.cameo());
      n.put("plover", e.plover());
      n.put("goldstein", e.goldstein());
      n.put("quad", e.quad());
      n.put("modality", e.modality().label());
      n.put("attribution", e.attribution());
      putSpan(n, e.span());
      n.put("text", e.text());
      n.put("trigger", e.trigger());
      n.put("confidence", e.confidence());
    }
  }

  private static void putQuotes(ArrayNode out, List<Quote> quotes) {
    for (Quote q : quotes) {
      ObjectNode n = out.addObject();
      n.put("speaker", q.speaker());
      n.put("speakerCode", q.speakerCode());
      n.put("text", q.text());
      putSpan(n, q.span());
      n.put("direct", q.direct());
    }
  }

  private static void putFraming(ArrayNode out, List<FrameMarker> framing) {
    for (FrameMarker f : framing) {
      ObjectNode n = out.addObject();
      n.put("term", f.term());
      n.put("side", f.side());
      putSpan(n, f.span());
      n.put("frame", f.frame());
    }
  }

  /** One line of JSON (no text field). */
  public String toLine(AnalyzedArticle a) {
    return write(toTree(a, false));
  }

  /** One line of JSON including the article text, as stored in the index. */
  public String toStoredLine(AnalyzedArticle a) {
    return write(toTree(a, true));
  }

  private String write(ObjectNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads back a document written by {@link #toStoredLine}. Tokens are not kept. */
  public AnalyzedArticle fromStoredLine(String json) {
    return fromStoredLine(json, null);
  }

  /**
   * Reads back a document written by {@link #toStoredLine}, or by {@link #toLine} when the text
   * is kept elsewhere: {@code text} is the article's text when the line has none (null: empty).
   * Tokens are not kept.
   */
  public AnalyzedArticle fromStoredLine(String json, String text) {
    JsonNode o;
    try {
      o = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    Article art = new Article(o.path("id").asText(), o.path("title").asText(),
        o.path("source").asText(), o.path("url").asText(), date(o.get("published")),
        o.has("text") || text == null ? o.path("text").asText() : text, metaJson.read(o));
    List<Span> sentences = new ArrayList<>();
    for (JsonNode s : o.path("sentences")) {
      sentences.add(new Span(s.get(0).asInt(), s.get(1).asInt()));
    }
    JsonNode td = o.path("toneDetail");
    Tone tone = new Tone(o.path("tone").asDouble(), td.path("positive").asDouble(),
        td.path("negative").asDouble(), td.path("words").asInt());
    return new AnalyzedArticle(art, o.path("language").asText("und"), sentences, Tokens.EMPTY,
        readActors(o.path("actors")), readEvents(o.path("events")), readQuotes(o.path("quotes")),
        tone, readFraming(o.path("framing")), EnumSet.complementOf(EnumSet.of(Layer.TOKENS)));
  }

  private static List<ActorMention> readActors(JsonNode array) {
    List<ActorMention> actors = new ArrayList<>();
    for (JsonNode n : array) {
      actors.add(new ActorMention(n.path("code").asText(), n.path("country").asText(),
          n.path("name").asText(),
          ActorType.valueOf(n.path("type").asText().toUpperCase(Locale.ROOT)), span(n),
          n.path("text").asText(), n.path("inferred").asBoolean(false)));
    }
    return actors;
  }

  private static List<Event> readEvents(JsonNode array) {
    List<Event> events = new ArrayList<>();
    for (JsonNode n : array) {
      events.add(new Event(date(n.get("date")), ref(n.path("source")), ref(n.path("target")),
          n.path("cameo").asText(), n.path("plover").asText(), n.path("goldstein").asDouble(),
          n.path("quad").asInt(),
          Modality.valueOf(n.path("modality").asText().toUpperCase(Locale.ROOT)),
          n.path("attribution").asText(), span(n), n.path("text").asText(),
          n.path("trigger").asText(), n.path("confidence").asDouble()));
    }
    return events;
  }

  private static List<Quote> readQuotes(JsonNode array) {
    List<Quote> quotes = new ArrayList<>();
    for (JsonNode n : array) {
      quotes.add(new Quote(n.path("speaker").asText(), n.path("speakerCode").asText(),
          n.path("text").asText(), span(n), n.path("direct").asBoolean()));
    }
    return quotes;
  }

  private static List<FrameMarker> readFraming(JsonNode array) {
    List<FrameMarker> framing = new ArrayList<>();
    for (JsonNode n : array) {
      framing.add(new FrameMarker(n.path("term").asText(), n.path("side").asText(),
          n.path("frame").asText(), span(n)));
    }
    return framing;
  }

  private static void putSpan(ObjectNode n, Span s) {
    n.put("start", s.start());
    n.put("end", s.end());
  }

  private static void putRef(ObjectNode n, ActorRef r) {
    n.put("code", r.code());
    n.put("country", r.country());
    n.put("text", r.text());
  }

  private static void putDate(ObjectNode n, String field, LocalDate d) {
    if (d == null) {
      n.putNull(field);
    } else {
      n.put(field, d.toString());
    }
  }

  private static LocalDate date(JsonNode n) {
    return n == null || n.isNull() || n.asText().isEmpty() ? null : LocalDate.parse(n.asText());
  }

  private static Span span(JsonNode n) {
    return new Span(n.path("start").asInt(), n.path("end").asInt());
  }

  private static ActorRef ref(JsonNode n) {
    return new ActorRef(n.path("code").asText(), n.path("country").asText(),
        n.path("text").asText());
  }
}
