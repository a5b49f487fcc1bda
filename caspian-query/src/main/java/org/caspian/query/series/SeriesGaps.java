package org.caspian.query.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caspian.query.DyadRow;
import org.caspian.query.Granularity;

/**
 * Puts the quiet periods back into a dyad series: every period from the first row's to the last
 * row's appears once, in order, the ones without events as zero rows (0 events, 0.000 Goldstein
 * sum and mean). A quiet year is then visible on a chart and in the CSV.
 */
public final class SeriesGaps {
  private SeriesGaps() {}

  /**
   * The rows with every missing period between the first and the last filled in.
   *
   * @param rows a series sorted by period, as {@code DyadService.series} returns it
   * @param by the granularity the rows were made with
   * @throws IllegalArgumentException when a period is not a label of {@code by}
   */
  public static List<DyadRow> fill(List<DyadRow> rows, Granularity by) {
    if (rows.isEmpty()) {
      return List.of();
    }
    return fill(rows, by, by.first(rows.get(0).period()),
        by.first(rows.get(rows.size() - 1).period()));
  }

  /**
   * Every period from the one holding {@code from} to the one holding {@code to}, with the rows
   * given where they fall in that range (rows outside it are dropped) and zero rows elsewhere.
   */
  public static List<DyadRow> fill(List<DyadRow> rows, Granularity by, LocalDate from,
      LocalDate to) {
    Map<String, DyadRow> byPeriod = new HashMap<>();
    for (DyadRow r : rows) {
      byPeriod.put(r.period(), r);
    }
    LocalDate day = by.first(by.label(from));
    LocalDate last = by.first(by.label(to));
    List<DyadRow> out = new ArrayList<>();
    while (!day.isAfter(last)) {
      String label = by.label(day);
      DyadRow r = byPeriod.get(label);
      out.add(r != null ? r : new DyadRow(label, 0, 0, 0, 0, 0, 0, 0));
      day = by.last(label).plusDays(1);
    }
    return out;
  }
}
