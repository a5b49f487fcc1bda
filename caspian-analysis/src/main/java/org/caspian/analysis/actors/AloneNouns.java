package org.caspian.analysis.actors;

import java.util.List;
import java.util.Locale;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;

/**
 * Role nouns on their own, with no country word next to them. A "bare" noun is a group without a
 * country: its code is the role alone ("insurgents": REB). An "alone" noun is an institution of
 * the country the article is about: the country of the nearest mention before it that has one
 * (people, countries, governments, institutions; not outlets or international organisations),
 * else the country of the outlet that published the article; the mention is marked inferred.
 * "The ministry" after a ministry named with its country is that ministry. One per article; not
 * thread-safe.
 */
final class AloneNouns {
  /** What a noun on its own stands for. */
  record Choice(String code, String country, String name, ActorType type) {}

  private final ActorDictionary dict;
  private final String outletCountry;
  /** The last ministry named with its country. */
  private ActorMention lastMinistry;

  AloneNouns(ActorDictionary dict, String outletCountry) {
    this.dict = dict;
    this.outletCountry = outletCountry;
  }

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
   * What noun {@code rn}, written {@code surface}, stands for after {@code contextCountry} (the
   * last country of the text before it, or ""), or null when it is no actor.
   */
  Choice choose(RoleNoun rn, String surface, String contextCountry) {
    if (lastMinistry != null && surface.toLowerCase(Locale.ROOT).equals("ministry")) {
      return new Choice(lastMinistry.code(), lastMinistry.country(), lastMinistry.name(),
          lastMinistry.type());
    }
    if (rn.alone() == RoleNoun.Alone.BARE) {
      return new Choice(rn.role(), "", rn.label(), rn.type());
    }
    String c = inferCountry(contextCountry);
    return c.isEmpty() ? null
        : new Choice(c + rn.role(), c, dict.countryName(c) + " " + rn.label(), rn.type());
  }

  /**
   * The country a titled person or a noun on its own belongs to when the text does not say:
   * {@code contextCountry} (the last country of the text before it) if known, else the outlet's,
   * else "".
   */
  String inferCountry(String contextCountry) {
    return contextCountry.isEmpty() ? outletCountry : contextCountry;
  }

  /** Notes a mention found in the text, which a later noun on its own may refer back to. */
  void saw(ActorMention m) {
    if (m.type() == ActorType.INSTITUTION && !m.country().isEmpty()
        && m.text().toLowerCase(Locale.ROOT).contains("ministry")) {
      lastMinistry = m;
    }
  }
}
