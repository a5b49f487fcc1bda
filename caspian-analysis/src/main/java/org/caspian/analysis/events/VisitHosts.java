package org.caspian.analysis.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caspian.analysis.morph.Analysis;
import org.caspian.analysis.morph.Morphology;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.caspian.model.Span;

/**
 * The host of a visit to a place: "прибыл в Баку", "посетил Москву". The actor stage reads a
 * capital or a country after a place preposition or a motion verb as a place, not an actor (so
 * that "в Москве" never counts as an act by Russia), but the place a visit goes to names its host.
 * As the coding conventions say, the host is the country's government when the sentence names it
 * ("посетит Ереван, где обсудит с армянскими коллегами"), else the bare country. Places are the
 * Russian names and capitals of {@code actors/country_names.tsv}, matched by a word's dictionary
 * form or as written. Immutable after loading; shared.
 */
final class VisitHosts {
  private static final String FILE = "/org/caspian/analysis/actors/country_names.tsv";

  private final Map<String, String> countryOf;

  private VisitHosts(Map<String, String> countryOf) {
    this.countryOf = Map.copyOf(countryOf);
  }

  /** The Russian places, loaded once. */
  static VisitHosts russian() {
    return Holder.RUSSIAN;
  }

  private static final class Holder {
    static final VisitHosts RUSSIAN = load("ru");
  }

  static VisitHosts load(String lang) {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = VisitHosts.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + ": not found");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t");
        if (line.startsWith("#") || f.length < 4 || !f[1].equals(lang)
            || !f[2].equals("name") && !f[2].equals("capital")) {
          continue;
        }
        for (String form : f[3].split("\\|")) {
          String w = form.replace("=", "").strip();
          if (!w.isEmpty() && !w.contains(" ")) {
            out.putIfAbsent(w.toLowerCase(Locale.ROOT), f[0]);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(FILE, e);
    }
    return new VisitHosts(out);
  }

  /** The country (ISO alpha-3) the word {@code word} names as a place, or null. */
  String country(String word, Morphology morphology) {
    String c = countryOf.get(word.toLowerCase(Locale.ROOT));
    if (c != null) {
      return c;
    }
    for (Analysis a : morphology.analyze(word)) {
      c = countryOf.get(a.lemma().toLowerCase(Locale.ROOT));
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /**
   * The host of visit {@code t} to a place after it in its clause (up to {@code hi}, in the
   * sentence {@code [s, e)}) that fits the pattern's target slots: "прибыл в Баку", "посетил
   * Москву"; empty when there is none.
   */
  List<ActorGroup> host(EventView v, Trigger t, int hi, int s, int e, CaseReadings r,
      PhraseMarking marker) {
    for (int k = t.last + 1; k < hi; k++) {
      ActorGroup g = v.group(k);
      if (g != null && g.actor() || v.roles[k] != 0) {
        continue;
      }
      String iso = country(v.text(k, k), r.morphology());
      if (iso != null && CaseRoleFinder.fits(t.pattern.government().targets(),
          new PhraseMarking.Marking(marker.preposition(k, s), r.casesOf(k)))) {
        List<ActorGroup> named = new ArrayList<>();
        for (int j = s; j < e; j++) {
          ActorGroup n = v.group(j);
          if (n != null && n.first() == j) {
            named.add(n);
          }
        }
        return List.of(host(v, k, iso, named));
      }
    }
    return List.of();
  }

  /**
   * The host of a visit to place word {@code k} of country {@code iso}: the government named in
   * the sentence's {@code groups}, else the bare country.
   */
  static ActorGroup host(EventView v, int k, String iso, List<ActorGroup> groups) {
    for (ActorGroup g : groups) {
      if (g.actor() && g.main().code().equals(iso + "GOV")) {
        return g;
      }
    }
    Span span = new Span(v.tokens.start(k), v.tokens.end(k));
    return new ActorGroup(k, k, new ActorMention(iso, iso, iso, ActorType.COUNTRY, span,
        v.text(k, k)), -1);
  }
}
