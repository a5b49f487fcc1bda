package org.caspian.analysis.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.caspian.model.CameoTaxonomy;
import org.caspian.model.Event;
import org.caspian.model.Modality;

/**
 * An event reduced to what the PLOVER gold records can be compared on: the principal of each side
 * (the first three letters of an actor code: "RUS" for RUSGOV, "IGO" for IGOUNO) and the PLOVER
 * category.
 *
 * @param source source principal, "" when unknown
 * @param target target principal, "" when the event has none
 * @param category PLOVER category
 */
record DyadKey(String source, String target, String category) {

  DyadKey {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(category, "category");
  }

  /** How two keys are compared. */
  enum Level {
    /** Source, target and category. */
    DYAD("dyad + category"),
    /** Source and category. */
    SOURCE("source + category"),
    /** Category alone. */
    CATEGORY("category only");

    final String label;

    Level(String label) {
      this.label = label;
    }
  }

  /**
   * The key of a coded event, or {@code null} when its CAMEO code has no PLOVER category (public
   * statements, 01x). Appeals (02x), which the 2021 mapping leaves out, count as REQUEST as in
   * PLOVER's own coding of the CAMEO manual. A planned cooperative act ("will provide aid", coded
   * by Caspian as the act with modality planned) is an AGREE, as PLOVER codes an announced intent.
   */
  static DyadKey of(Event e, CameoTaxonomy taxonomy) {
    String category = category(e.cameo(), taxonomy);
    if (category.isEmpty()) {
      return null;
    }
    if (e.modality() == Modality.PLANNED && e.quad() <= 2) {
      category = "AGREE"; // "will provide aid": Caspian keeps the act as planned, PLOVER an intent
    }
    return new DyadKey(principal(e.source().code()), principal(e.target().code()), category);
  }

  static String category(String cameo, CameoTaxonomy taxonomy) {
    String plover = taxonomy.get(cameo).map(c -> c.plover()).orElse("");
    if (!plover.isEmpty()) {
      return plover;
    }
    return cameo.startsWith("02") ? "REQUEST" : "";
  }

  static String principal(String code) {
    return code.length() > 3 ? code.substring(0, 3) : code;
  }

  /**
   * Older CAMEO country codes in the PLOVER records and the ISO 3166 codes Caspian uses for them.
   */
  private static final Map<String, String> LEGACY = Map.of("JAP", "JPN", "ITL", "ITA",
      "VTN", "VNM");

  /** The principal of a gold code, with an older CAMEO country code read as its ISO code. */
  static String goldPrincipal(String code) {
    String p = principal(code);
    return LEGACY.getOrDefault(p, p);
  }

  /**
   * Caspian codes a mutual act as two directed events (A to B and B to A); PLOVER codes it as one
   * event whose participants are all sources, with no target ("SRC/TAR"). When the gold of a
   * record has that form for a category, a predicted pair A to B, B to A of that category whose
   * parties are among the gold's sources becomes A and B with no target, so both forms are
   * compared as the same act.
   */
  static List<DyadKey> asParticipants(List<DyadKey> predicted, List<DyadKey> gold) {
    Set<String> participantCategories = new HashSet<>();
    Set<String> participants = new HashSet<>();
    for (DyadKey g : gold) {
      if (g.target().isEmpty() && !g.source().isEmpty()) {
        participants.add(g.category() + "|" + g.source());
        long same = gold.stream().filter(o -> o.target().isEmpty()
            && o.category().equals(g.category()) && !o.source().isEmpty()).count();
        if (same >= 2) {
          participantCategories.add(g.category());
        }
      }
    }
    if (participantCategories.isEmpty()) {
      return predicted;
    }
    Set<DyadKey> out = new LinkedHashSet<>();
    for (DyadKey k : predicted) {
      DyadKey back = new DyadKey(k.target(), k.source(), k.category());
      if (participantCategories.contains(k.category()) && predicted.contains(back)
          && participants.contains(k.category() + "|" + k.source())
          && participants.contains(k.category() + "|" + k.target())) {
        out.add(new DyadKey(k.source(), "", k.category()));
      } else {
        out.add(k);
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * Whether a prediction fits this gold key at {@code level}. Strict: equal sides. Lenient: a side
   * that either key leaves empty (no target in the gold, unknown source in the prediction) fits
   * anything.
   */
  boolean fits(DyadKey predicted, Level level, boolean lenient) {
    if (!category.equals(predicted.category)) {
      return false;
    }
    if (level == Level.CATEGORY) {
      return true;
    }
    boolean src = side(source, predicted.source, lenient);
    return level == Level.SOURCE ? src : src && side(target, predicted.target, lenient);
  }

  private static boolean side(String gold, String predicted, boolean lenient) {
    return gold.equals(predicted) || lenient && (gold.isEmpty() || predicted.isEmpty());
  }
}
