package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.CameoTaxonomy;
import org.caspian.model.Event;
import org.caspian.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Prints how the English coder does on the PLOVER gold-standard records (CAMEO manual example
 * sentences re-coded in PLOVER), when the shared data set is present; skipped otherwise.
 *
 * <p>Our actor dictionaries do not know those sentences' actors, so the gold actor texts are given
 * to the coder as mentions ("oracle actors"), and only the event category is scored: per sentence,
 * the set of PLOVER categories we code against the gold set (CAMEO 02 appeals count as REQUEST,
 * 01 statements are ignored). Nothing is asserted about the scores: this is a report.
 */
class PloverGsrEvaluation {
  private static final Path DATA = Path.of("/work/shared/data/events/plover_gsr_cameo.jsonl");

  @Test
  void rootLevelPrecisionRecall() throws IOException {
    assumeTrue(Files.isRegularFile(DATA), "PLOVER GSR data absent");
    CameoTaxonomy taxonomy = CameoTaxonomy.load();
    RuleEventCoder coder = RuleEventCoder.english(taxonomy);
    ObjectMapper json = new ObjectMapper();
    Map<String, int[]> counts = new TreeMap<>(); // tp, fp, fn
    Map<String, int[]> detection = new TreeMap<>(); // the same, from patterns alone
    int records = 0;
    int withEvent = 0;
    int dyadRight = 0;
    int dyadGold = 0;
    try (BufferedReader r = Files.newBufferedReader(DATA, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode rec = json.readTree(line);
        String text = rec.path("text").asText("");
        if (text.isEmpty()) {
          continue;
        }
        records++;
        List<Event> events = coder.code(analyzed(text, rec.path("meta")));
        Set<String> gold = new TreeSet<>();
        for (JsonNode e : rec.path("expected")) {
          gold.add(e.path("plover_v2").asText(e.path("code").asText()));
        }
        Set<String> got = new TreeSet<>();
        for (Event e : events) {
          String cat = category(e, taxonomy);
          if (!cat.isEmpty()) {
            got.add(cat);
          }
        }
        withEvent += got.isEmpty() ? 0 : 1;
        Set<String> fired = new TreeSet<>();
        for (String code : coder.triggerCodes(analyzed(text, rec.path("meta")))) {
          String cat = category(code, taxonomy);
          if (!cat.isEmpty()) {
            fired.add(cat);
          }
        }
        tally(detection, gold, fired);
        if (System.getProperty("gsr.misses") != null && !gold.isEmpty() && !got.containsAll(gold)
            && rec.path("expected").get(0).path("target").asText("").length() > 0) {
          System.out.println("MISS " + gold + " got " + got + " | " + rec.path("meta")
              .path("markup").asText());
        }
        tally(counts, gold, got);
        for (JsonNode e : rec.path("expected")) {
          if (e.path("target").asText("").isEmpty()) {
            continue;
          }
          dyadGold++;
          for (Event ev : events) {
            if (ev.source().code().startsWith(e.path("source").asText())
                && ev.target().code().startsWith(e.path("target").asText())
                && category(ev, taxonomy).equals(e.path("plover_v2").asText())) {
              dyadRight++;
              break;
            }
          }
        }
      }
    }
    StringBuilder out = new StringBuilder("PLOVER GSR, oracle actors, " + records + " sentences, "
        + withEvent + " with an event coded\n");
    table(out, counts);
    out.append(String.format("dyads with a target: %d of %d right (source, target, category)%n",
        dyadRight, dyadGold));
    out.append("Event-root detection from patterns alone (no actors needed):\n");
    table(out, detection);
    System.out.print(out);
    assertThat(records).isPositive();
  }

  private static void tally(Map<String, int[]> counts, Set<String> gold, Set<String> got) {
    for (String g : gold) {
      counts.computeIfAbsent(g, k -> new int[3])[got.contains(g) ? 0 : 2]++;
    }
    for (String g : got) {
      if (!gold.contains(g)) {
        counts.computeIfAbsent(g, k -> new int[3])[1]++;
      }
    }
  }

  private static void table(StringBuilder out, Map<String, int[]> counts) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    out.append(String.format("%-10s %5s %5s %5s %6s %6s%n", "category", "tp", "fp", "fn", "P",
        "R"));
    for (Map.Entry<String, int[]> c : counts.entrySet()) {
      int[] n = c.getValue();
      tp += n[0];
      fp += n[1];
      fn += n[2];
      out.append(String.format("%-10s %5d %5d %5d %6.2f %6.2f%n", c.getKey(), n[0], n[1], n[2],
          ratio(n[0], n[0] + n[1]), ratio(n[0], n[0] + n[2])));
    }
    out.append(String.format("%-10s %5d %5d %5d %6.2f %6.2f%n", "ALL", tp, fp, fn,
        ratio(tp, tp + fp), ratio(tp, tp + fn)));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static String category(Event e, CameoTaxonomy taxonomy) {
    return category(e.cameo(), taxonomy);
  }

  private static String category(String cameo, CameoTaxonomy taxonomy) {
    String plover = taxonomy.require(cameo).plover();
    if (!plover.isEmpty()) {
      return plover;
    }
    return cameo.startsWith("02") ? "REQUEST" : "";
  }

  private static AnalyzedArticle analyzed(String text, JsonNode meta) {
    List<ActorMention> mentions = new ArrayList<>();
    for (String side : new String[] {"source_actors", "target_actors"}) {
      for (JsonNode a : meta.path(side)) {
        String surface = a.path("actorText").asText("");
        String code = a.path("code").asText("");
        if (surface.isEmpty() || code.isEmpty()) {
          continue;
        }
        for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
          int end = i + surface.length();
          if (free(mentions, i, end)) {
            String country = code.length() == 3 && !code.equals("IGO") ? code : "";
            ActorType type = country.isEmpty() ? ActorType.ORGANIZATION : ActorType.COUNTRY;
            mentions.add(new ActorMention(code, country, surface, type, new Span(i, end),
                surface));
          }
        }
      }
    }
    mentions.sort((x, y) -> x.span().compareTo(y.span()));
    AnalyzedArticle in = AnalyzedArticle.of(new Article("gsr", "", "", "", null, text))
        .withLanguage("en");
    in = Fixture.TOKENS.apply(in);
    in = Fixture.SENTENCES.apply(in);
    // The gold codes one event per record: treat the record as one sentence.
    return in.withSentences(List.of(new Span(0, text.length()))).withActors(mentions);
  }

  private static boolean free(List<ActorMention> mentions, int s, int e) {
    for (ActorMention m : mentions) {
      if (m.start() < e && s < m.end()) {
        return false;
      }
    }
    return true;
  }
}
