package org.caspian.analysis.actors;

import java.util.List;
import java.util.Objects;
import org.caspian.model.ActorType;

/**
 * What a dictionary phrase names.
 *
 * @param kind how the finder treats a match
 * @param code CAMEO-style code ("RUS", "AZEGOV", "IGOUNO"); for people the code comes from
 *     their roles instead
 * @param country ISO alpha-3 or empty
 * @param name canonical name for the mention
 * @param type mention type
 * @param demonym true for adjective and people forms ("Russian", "Azeri"), false for names
 * @param persons the person (PERSON) or the people sharing a family name (SURNAME), else empty
 */
record Entry(Kind kind, String code, String country, String name, ActorType type,
    boolean demonym, List<Person> persons) {

  /** How a match is handled. Declaration order is priority order when one phrase has several. */
  enum Kind {
    /** Not an actor, and not an unresolved name either (regions, seas, wars). */
    BLOCK,
    /** A full personal name. */
    PERSON,
    /** A news outlet. */
    MEDIA,
    /** A named institution or international organisation. */
    INSTITUTION,
    /** A seat of power that always stands for its government ("the Kremlin"). */
    SEAT,
    /** A country name or demonym. */
    COUNTRY,
    /** A capital city: the government unless used as a place. */
    CAPITAL,
    /** A family name on its own. */
    SURNAME
  }

  Entry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    persons = List.copyOf(persons);
  }

  /**
   * True for entries that may stand before a title: the country it belongs to, or a region
   * ("Former Artsakh state minister").
   */
  boolean isModifier() {
    return kind == Kind.COUNTRY || kind == Kind.CAPITAL || kind == Kind.SEAT
        || kind == Kind.INSTITUTION || kind == Kind.BLOCK;
  }

  /** The highest-priority entry of a phrase. */
  static Entry best(List<Entry> entries) {
    Entry best = entries.get(0);
    for (Entry e : entries) {
      if (e.kind.ordinal() < best.kind.ordinal()) {
        best = e;
      }
    }
    return best;
  }

  /** Plural nouns for a country's people ("Russians"): its civilians. */
  static Entry people(String iso, String name) {
    return new Entry(Kind.COUNTRY, iso + "CVL", iso, name + " civilians",
        ActorType.COUNTRY, true, List.of());
  }

  /** A capital or seat that stands for its government. */
  static Entry capital(String country, String code, String name) {
    return new Entry(Kind.CAPITAL, code, country, name, typeOf(code, country), false,
        List.of());
  }

  /** GOVERNMENT for government codes, ORGANIZATION for IGOs, INSTITUTION otherwise. */
  static ActorType typeOf(String code, String country) {
    if (country.isEmpty()) {
      return ActorType.ORGANIZATION;
    }
    return code.endsWith("GOV") ? ActorType.GOVERNMENT : ActorType.INSTITUTION;
  }
}
