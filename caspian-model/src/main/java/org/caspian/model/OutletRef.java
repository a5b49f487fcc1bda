package org.caspian.model;

import java.util.List;
import java.util.Objects;

/**
 * The registry outlet an article was resolved to, as the article keeps it.
 *
 * @param id stable registry id ("tass", "azertac")
 * @param name the outlet's usual name ("TASS")
 * @param country ISO 3166-1 alpha-2 code of the country the outlet is based in or reports for
 *     (its newsroom's audience), upper case, empty when not given
 * @param side ownership and affiliation: {@code state}, {@code state-funded}, {@code public},
 *     {@code private}, {@code independent}, {@code exile} (see the registry's header)
 * @param type what kind of outlet: {@code wire}, {@code broadcaster}, {@code state-broadcaster},
 *     {@code newspaper}, {@code online}, {@code think-tank}, {@code telegram}
 * @param languages ISO 639-1 codes the outlet publishes in
 * @param matchedBy what the article was recognised by: {@code domain}, {@code name} or
 *     {@code telegram}
 */
public record OutletRef(String id, String name, String country, String side, String type,
    List<String> languages, String matchedBy) {

  public OutletRef {
    Objects.requireNonNull(id, "id");
    name = name == null ? "" : name;
    country = country == null ? "" : country;
    side = side == null ? "" : side;
    type = type == null ? "" : type;
    languages = languages == null ? List.of() : List.copyOf(languages);
    matchedBy = matchedBy == null ? "" : matchedBy;
  }
}
