package org.caspian.analysis.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A known person and the roles they held.
 *
 * <p>The code at a date: the code of a role covering that date (the latest-starting one when
 * several do); otherwise, once a role has ended, the country plus {@code ELI} (a former official,
 * CAMEO's "elite"); before any role, the bare country code. With no date, the latest-starting
 * role counts. People without a country (UN, EU, NATO officials) fall back to an empty code.
 *
 * @param name canonical name
 * @param country ISO alpha-3, may be empty
 * @param roles roles in file order
 * @param order position in people.tsv; the lower wins ties
 * @param givenNames first words of the person's name forms ("Ilham", "İlham", "Ильхам")
 */
record Person(String name, String country, List<Role> roles, int order, Set<String> givenNames) {

  Person {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    roles = List.copyOf(roles);
    givenNames = Set.copyOf(givenNames);
  }

  /** The role in force at {@code date}, or null. */
  Role roleAt(LocalDate date) {
    Role best = null;
    for (Role r : roles) {
      if (date == null || r.covers(date)) {
        if (best == null || startsAfter(r, best)) {
          best = r;
        }
      }
    }
    return best;
  }

  private static boolean startsAfter(Role a, Role b) {
    if (a.from() == null) {
      return false;
    }
    return b.from() == null || a.from().isAfter(b.from());
  }

  /** CAMEO-style code at {@code date} (see the class comment). */
  String codeAt(LocalDate date) {
    Role r = roleAt(date);
    if (r != null) {
      return r.code();
    }
    if (country.isEmpty()) {
      return "";
    }
    if (date == null) {
      return country;
    }
    for (Role role : roles) {
      if (role.to() != null && date.isAfter(role.to())) {
        return country + "ELI";
      }
    }
    return country;
  }

  /** True when a role covers {@code date} (any role when the date is unknown). */
  boolean activeAt(LocalDate date) {
    return roleAt(date) != null;
  }

  /** The end of the latest role, or {@link LocalDate#MAX} for a role still open. */
  LocalDate lastSeen() {
    LocalDate last = LocalDate.MIN;
    for (Role r : roles) {
      LocalDate end = r.to() == null ? LocalDate.MAX : r.to();
      if (end.isAfter(last)) {
        last = end;
      }
    }
    return last;
  }
}
