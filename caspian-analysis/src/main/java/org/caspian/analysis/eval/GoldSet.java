package org.caspian.analysis.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caspian.model.Modality;
import org.caspian.model.Span;

/**
 * A list of hand-coded {@link GoldItem}s read from JSON Lines, one item per line:
 *
 * <pre>{@code
 * {"id":"g001","published":"2025-07-01","text":"The Kremlin said ...",
 *  "actors":[{"text":"The Kremlin","code":"RUSGOV"}],
 *  "events":[{"source":"RUSGOV","target":"AZEGOV","cameo":"112","modality":"asserted",
 *             "date":"2025-06-30"}],
 *  "quotes":[{"speaker":"Dmitry Peskov","speakerCode":"RUSGOV","text":"...","direct":true}]}
 * }</pre>
 *
 * <p>Actor and quote texts must occur in the item text. The n-th actor entry with a given text is
 * taken to be its n-th occurrence; an optional {@code "start"} offset overrides that when a text
 * occurs both as an actor and as something else ("Moscow said ... in Moscow"). Blank lines are
 * skipped. Any other malformed line fails the whole read with its line number, because a silently
 * shortened gold set would report wrong figures.
 */
public final class GoldSet {
  /** Classpath location of the bundled English development gold set. */
  public static final String BUNDLED_EN = "/org/caspian/analysis/eval/gold-en.jsonl";

  /**
   * Classpath location of the bundled English held-out gold set: written blind, never used for
   * tuning.
   */
  public static final String BUNDLED_EN_HELDOUT = "/org/caspian/analysis/eval/gold-en-heldout.jsonl";

  /**
   * Classpath location of the first English news set: written blind to the version 2 conventions
   * ({@code CONVENTIONS.md}); a development set since December 2026 (its misses were read).
   */
  public static final String BUNDLED_EN_NEWS = "/org/caspian/analysis/eval/gold-en-news.jsonl";

  /**
   * Classpath location of the second English news set: written blind to the version 2
   * conventions; a development set since 2026-12-03 (its misses were read once the third set was
   * written).
   */
  public static final String BUNDLED_EN_NEWS2 = "/org/caspian/analysis/eval/gold-en-news2.jsonl";

  /**
   * Classpath location of the third English news set (198 passages, 611 events): written blind to
   * the version 2.1 conventions by a coder who saw only {@code CONVENTIONS.md} (2026-12-03;
   * decisions in {@code NEWS3-DECISIONS.md}); a development set since the fourth set was written
   * (its misses were read).
   */
  public static final String BUNDLED_EN_NEWS3 = "/org/caspian/analysis/eval/gold-en-news3.jsonl";

  /**
   * Classpath location of the fourth English news set (150 passages, 536 events): written blind
   * to the version 2.1 conventions by a coder who saw only {@code CONVENTIONS.md} (2026-12-03;
   * decisions in {@code NEWS4-DECISIONS.md}); never used for tuning (its misses are not read).
   */
  public static final String BUNDLED_EN_NEWS4 = "/org/caspian/analysis/eval/gold-en-news4.jsonl";

  /**
   * Classpath location of the second Russian news set (80 passages, 248 events): written blind to
   * the version 2.1 conventions (2026-12-03; decisions in {@code RU-NEWS2-DECISIONS.md}); never
   * used for tuning.
   */
  public static final String BUNDLED_RU_NEWS2 = "/org/caspian/analysis/eval/gold-ru-news2.jsonl";

  /**
   * Azerbaijani news passages (70) coded blind to the version 2.1 conventions by a coder who saw
   * neither the rules nor the lexicons (2026-12-03; decisions in {@code AZHY-NEWS-DECISIONS.md}).
   */
  public static final String BUNDLED_AZ_NEWS = "/org/caspian/analysis/eval/gold-az-news.jsonl";

  /** Armenian news passages (65), written and coded with the Azerbaijani ones. */
  public static final String BUNDLED_HY_NEWS = "/org/caspian/analysis/eval/gold-hy-news.jsonl";

  /**
   * Russian news passages coded blind to the version 2 conventions by a coder who saw neither the
   * rules nor the Russian lexicon (2026-12-03; decisions in {@code RU-NEWS-DECISIONS.md}).
   */
  public static final String BUNDLED_RU_NEWS = "/org/caspian/analysis/eval/gold-ru-news.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<GoldItem> items;

  public GoldSet(List<GoldItem> items) {
    this.items = List.copyOf(items);
  }

  /** The bundled English development gold set. */
  public static GoldSet load() {
    return loadBundled(BUNDLED_EN);
  }

  /** A gold set bundled on the classpath, e.g. {@link #BUNDLED_EN_HELDOUT}. */
  public static GoldSet loadBundled(String resource) {
    try (InputStream in = GoldSet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a UTF-8 JSON Lines file. */
  public static GoldSet read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    }
  }

  /** Parses JSON Lines held in a string (handy in tests). */
  public static GoldSet parse(String jsonl) {
    try {
      return read(new StringReader(jsonl));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads JSON Lines from {@code reader} (not closed here).
   *
   * @throws IllegalArgumentException naming the line when a line is not a valid gold item or two
   *     items share an id
   */
  public static GoldSet read(Reader reader) throws IOException {
    BufferedReader br =
        reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
    List<GoldItem> items = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    String line;
    int n = 0;
    while ((line = br.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      GoldItem item;
      try {
        item = item(JSON.readTree(line));
      } catch (JsonProcessingException | RuntimeException e) {
        throw new IllegalArgumentException("gold line " + n + ": " + e.getMessage(), e);
      }
      if (!ids.add(item.id())) {
        throw new IllegalArgumentException("gold line " + n + ": duplicate id " + item.id());
      }
      items.add(item);
    }
    return new GoldSet(items);
  }

  public List<GoldItem> items() {
    return items;
  }

  public int size() {
    return items.size();
  }

  private static GoldItem item(JsonNode node) {
    String id = required(node, "id");
    String text = required(node, "text");
    LocalDate published = date(node.path("published").asText(""));
    List<GoldActor> actors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (JsonNode a : node.path("actors")) {
      String t = required(a, "text");
      int nth = seen.merge(t, 1, Integer::sum);
      Span span = locate(text, t, a.path("start").asInt(-1), nth, "actor");
      actors.add(new GoldActor(t, required(a, "code"), span));
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : node.path("events")) {
      String source = present(e, "source");
      String target = present(e, "target");
      if (source.isEmpty() && target.isEmpty()) {
        throw new IllegalArgumentException("event with neither source nor target");
      }
      events.add(new GoldEvent(source, target, required(e, "cameo"),
          modality(e.path("modality").asText("asserted")), date(e.path("date").asText(""))));
    }
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonNode q : node.path("quotes")) {
      String t = required(q, "text");
      Span span = locate(text, t, q.path("start").asInt(-1), 1, "quote");
      quotes.add(new GoldQuote(q.path("speaker").asText(""), q.path("speakerCode").asText(""), t,
          q.path("direct").asBoolean(false), span));
    }
    return new GoldItem(id, published, text, actors, events, quotes);
  }

  private static Span locate(String text, String part, int start, int nth, String what) {
    if (part.isEmpty()) {
      throw new IllegalArgumentException("empty " + what + " text");
    }
    if (start >= 0) {
      if (!text.startsWith(part, start)) {
        throw new IllegalArgumentException(what + " '" + part + "' is not at offset " + start);
      }
      return new Span(start, start + part.length());
    }
    int at = -1;
    for (int i = 0; i < nth; i++) {
      at = text.indexOf(part, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException(
            what + " '" + part + "' (occurrence " + nth + ") not found in the text");
      }
    }
    return new Span(at, at + part.length());
  }

  private static String required(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isEmpty()) {
      throw new IllegalArgumentException("missing or empty field '" + field + "'");
    }
    return v.asText();
  }

  /** A text field that must be there but may be empty (an unknown source, no target). */
  private static String present(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return v.asText();
  }

  private static Modality modality(String s) {
    try {
      return Modality.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown modality '" + s + "'", e);
    }
  }

  private static LocalDate date(String s) {
    if (s.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("bad date '" + s + "'", e);
    }
  }
}
