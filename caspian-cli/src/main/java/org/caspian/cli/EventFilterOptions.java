package org.caspian.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.caspian.query.events.EventFilter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The event filter options shared by export, network and brief commands (a picocli mixin). */
final class EventFilterOptions {
  @Option(names = "--dyad", paramLabel = "A-B",
      description = "Events between two actors, either direction, e.g. RUS-AZE or RUSGOV-AZE.")
  String dyad;

  @Option(names = "--actor", paramLabel = "CODE",
      description = "Events whose source or target is this country or actor code.")
  String actor;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day, inclusive.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, inclusive.")
  String to;

  @Option(names = "--all", description = "Also negated, planned and hypothetical events.")
  boolean all;

  /** The filter, or a usage error naming the bad option. */
  EventFilter filter(CommandSpec spec) {
    try {
      String[] d = dyad == null ? new String[2] : EventFilter.parseDyad(dyad);
      return new EventFilter(d[0], d[1], actor, date(spec, "--from", from),
          date(spec, "--to", to), all);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Parses an ISO date given to {@code option}; null stays null. */
  static LocalDate date(CommandSpec spec, String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          option + " must be a date like 2025-06-27, not: " + value);
    }
  }
}
