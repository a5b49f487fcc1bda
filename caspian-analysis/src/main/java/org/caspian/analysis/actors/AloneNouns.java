package org.caspian.analysis.actors;

import java.util.List;

/**
 * Role nouns on their own, with no country word next to them. A "bare" noun is a group without a
 * country: its code is the role alone ("insurgents": REB). An "alone" noun is an institution of
 * the country the article is about: the country of the nearest mention before it that has one
 * (people, countries, governments, institutions; not outlets or international organisations),
 * else the country of the outlet that published the article; the mention is marked inferred.
 */
final class AloneNouns {
  private AloneNouns() {}

  /** The first payload usable on its own, or null. */
  static RoleNoun find(List<RoleNoun> payloads) {
    for (RoleNoun rn : payloads) {
      if (rn.alone() != RoleNoun.Alone.NO) {
        return rn;
      }
    }
    return null;
  }

  /**
   * The country of a noun on its own: "" for a bare group, the context country, else the outlet
   * country, else null (no actor).
   */
  static String country(RoleNoun rn, String contextCountry, String outletCountry) {
    if (rn.alone() == RoleNoun.Alone.BARE) {
      return "";
    }
    String c = contextCountry.isEmpty() ? outletCountry : contextCountry;
    return c.isEmpty() ? null : c;
  }
}
