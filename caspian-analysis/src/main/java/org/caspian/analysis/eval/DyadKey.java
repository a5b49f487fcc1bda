package org.caspian.analysis.eval;

import java.util.Objects;
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
