package org.caspian.ingest.outlet;

import java.util.List;
import java.util.Objects;
import org.caspian.model.OutletRef;

/**
 * One registry entry: a news outlet and what identifies it.
 *
 * @param id stable id, lower-case letters, digits and hyphens ("tass")
 * @param name usual name ("TASS")
 * @param domains host names it publishes under, without {@code www.}; subdomains match too
 * @param aliases other names it appears under (in feeds, headers, other scripts)
 * @param country ISO 3166-1 alpha-2 code, upper case, or empty
 * @param languages ISO 639-1 codes it publishes in
 * @param side ownership and affiliation, one of {@link OutletVocabulary#SIDES}
 * @param type kind of outlet, one of {@link OutletVocabulary#TYPES}
 * @param telegram Telegram channel user names, without {@code @}
 */
public record Outlet(String id, String name, List<String> domains, List<String> aliases,
    String country, List<String> languages, String side, String type, List<String> telegram) {

  public Outlet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    domains = List.copyOf(domains);
    aliases = List.copyOf(aliases);
    country = country == null ? "" : country;
    languages = List.copyOf(languages);
    side = side == null ? "" : side;
    type = type == null ? "" : type;
    telegram = List.copyOf(telegram);
  }

  /** What an article keeps of this outlet, recognised by {@code matchedBy}. */
  public OutletRef ref(String matchedBy) {
    return new OutletRef(id, name, country, side, type, languages, matchedBy);
  }
}
