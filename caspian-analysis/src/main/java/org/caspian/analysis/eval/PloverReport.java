package org.caspian.analysis.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link PloverEvaluator} measured.
 *
 * @param sentences records analysed
 * @param withEvent records where at least one event with a PLOVER category was coded
 * @param scores counts per level and strictness, keyed by {@link #name}
 * @param perCategory dyad + category counts (strict) per PLOVER category
 * @param diffs per record with a miss or spurious event: its id and text, then one line each
 */
public record PloverReport(int sentences, int withEvent, Map<String, LayerScore> scores,
    Map<String, LayerScore> perCategory, List<String> diffs) {

  public PloverReport {
    scores = Map.copyOf(Objects.requireNonNull(scores, "scores"));
    perCategory = Map.copyOf(Objects.requireNonNull(perCategory, "perCategory"));
    diffs = List.copyOf(diffs);
  }

  static String name(DyadKey.Level level, boolean lenient) {
    return level.name().toLowerCase(Locale.ROOT) + (lenient ? "-lenient" : "-strict");
  }

  /** Counts at dyad + category, strict: source, target and category all equal. */
  public LayerScore dyadStrict() {
    return score(DyadKey.Level.DYAD, false);
  }

  /** Counts at one level. */
  public LayerScore score(DyadKey.Level level, boolean lenient) {
    return scores.getOrDefault(name(level, lenient), LayerScore.zero(level.label));
  }

  /** The table printed by {@code caspian eval --set plover}. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "PLOVER gold-standard records: %d sentences, %d with an event coded%n", sentences,
        withEvent));
    out.append(String.format(Locale.ROOT, "%-18s %6s %6s %6s %6s | %6s %6s %6s%n", "level",
        "gold", "P", "R", "F1", "len.P", "len.R", "len.F1"));
    for (DyadKey.Level level : DyadKey.Level.values()) {
      LayerScore s = score(level, false);
      LayerScore l = score(level, true);
      out.append(String.format(Locale.ROOT, "%-18s %6d %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n",
          level.label, s.gold(), s.precision(), s.recall(), s.f1(), l.precision(), l.recall(),
          l.f1()));
    }
    out.append("strict: equal principals (RUS, IGO); lenient: a side left empty by the gold "
        + "(no target) or by the coder (unknown source) fits any\n");
    out.append(String.format(Locale.ROOT, "%nper category, dyad + category, strict:%n%-10s %5s %5s"
        + " %5s %6s %6s%n", "category", "gold", "pred", "tp", "P", "R"));
    perCategory.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      LayerScore s = e.getValue();
      out.append(String.format(Locale.ROOT, "%-10s %5d %5d %5d %6.3f %6.3f%n", e.getKey(),
          s.gold(), s.predicted(), s.truePositives(), s.precision(), s.recall()));
    });
    return out.toString();
  }

  /** {@link #format()} followed by every record's misses and spurious events. */
  public String formatWithDiffs() {
    return format() + System.lineSeparator() + String.join(System.lineSeparator(), diffs)
        + System.lineSeparator();
  }
}
