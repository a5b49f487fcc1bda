package org.caspian.query;

import java.time.LocalDate;
import java.util.List;

/**
 * Restrictions on a search. Within one list any value may match; all lists must match. An empty
 * list restricts nothing.
 *
 * @param outlets outlet names as stored ("TASS")
 * @param outletCountries countries the outlets are based in (ISO alpha-3), as the outlet
 *     registry resolved them at ingest
 * @param outletSides the outlets' sides in the registry (state, state-funded, public, private,
 *     independent, exile)
 * @param languages ISO 639-1 codes
 * @param actors a country ("RUS", every Russian actor) or a full actor code ("RUSGOV")
 * @param eventTypes CAMEO roots, two digits ("19"); longer codes are cut to their root
 * @param from first day, inclusive, or null
 * @param to last day, inclusive, or null
 */
public record SearchFilters(List<String> outlets, List<String> outletCountries,
    List<String> outletSides, List<String> languages, List<String> actors,
    List<String> eventTypes, LocalDate from, LocalDate to) {
  /** No restriction. */
  public static final SearchFilters NONE = new SearchFilters(List.of(), List.of(), List.of(),
      List.of(), List.of(), List.of(), null, null);

  public SearchFilters {
    outlets = List.copyOf(outlets);
    outletCountries = List.copyOf(outletCountries);
    outletSides = List.copyOf(outletSides);
    languages = List.copyOf(languages);
    actors = List.copyOf(actors);
    eventTypes = List.copyOf(eventTypes);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "parameter from (" + from + ") is after parameter to (" + to + ")");
    }
  }

  /** The same filters over another date range. */
  public SearchFilters between(LocalDate newFrom, LocalDate newTo) {
    return new SearchFilters(outlets, outletCountries, outletSides, languages, actors, eventTypes,
        newFrom, newTo);
  }
}
