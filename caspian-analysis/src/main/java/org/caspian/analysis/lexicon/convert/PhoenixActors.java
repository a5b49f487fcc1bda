package org.caspian.analysis.lexicon.convert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts the Phoenix actor dictionaries into rows of Caspian's actor files.
 *
 * <ul>
 *   <li><b>People</b> (columns of {@code people.tsv}): every entry with dated codes, one row per
 *       role that is not CAMEO "elite" ({@code ELI}, which Caspian derives once a role has ended)
 *       and that ends after {@link #PEOPLE_SINCE} or is open. Codes are cut to country + role
 *       ({@code AFGGOVAGR} to {@code AFGGOV}); organisation codes to nine letters. Forms with a
 *       title or office word ("PRESIDENT BORIS YELTSIN") are dropped, since Caspian reads titles
 *       itself; so are one-word names. Every row gets "-" as family name (not matched alone):
 *       the family names of generated people collide with given names and with each other.
 *   <li><b>Organisations</b> (columns of {@code institutions.tsv}): undated entries, except
 *       multinational corporations ({@code MNC}) and country-level entries of the countries
 *       file, which Caspian's hand-made country table already covers. IGO and NGO codes keep
 *       their first nine letters ({@code IGOUNOREFHCR} to {@code IGOUNOREF}); a code starting
 *       with a known country is that country's.
 * </ul>
 *
 * <p>Stateless apart from the set of known country codes; the converted rows come back as lists.
 */
final class PhoenixActors {
  /** Roles ending before this date are left out. */
  static final LocalDate PEOPLE_SINCE = LocalDate.of(1986, 1, 1);

  private static final Set<String> TITLE_WORDS = Set.of("PRESIDENT", "MINISTER", "PRIME", "SECRETARY", "SECRETARY-GENERAL", "GENERAL", "CHIEF",
      "LEADER", "KING", "QUEEN", "PRINCE", "MR", "MR.", "MRS", "MRS.", "DR", "DR.", "PARTY",
      "FORMER", "VICE", "DEPUTY", "CHAIRMAN", "SPEAKER", "AMBASSADOR", "ENVOY", "GOVERNOR",
      "MAYOR", "SENATOR", "COMMANDER", "OF", "THE", "U.S.", "US", "UN", "U.N.", "SHEIKH", "EMIR",
      "SULTAN", "COLONEL", "COL.", "GEN.", "LT.", "PREMIER", "CHANCELLOR", "FOREIGN", "DEFENSE",
      "DEFENCE", "ADMINISTRATOR", "HEAD", "PRESIDENT-ELECT", "AYATOLLAH", "MULLAH", "CARDINAL",
      "POPE", "JUDGE", "JUSTICE", "REPRESENTATIVE", "SEN.", "REP.", "GOV.", "PRES.", "AMB.",
      "CAPT.", "MAJ.", "SGT.");
  private final Set<String> countries;

  /** A converter that treats the three-letter codes in {@code countries} as states. */
  PhoenixActors(Set<String> countries) {
    this.countries = Set.copyOf(countries);
  }

  /** People rows of every dated entry of {@code files}, first occurrence of a name winning. */
  List<String[]> people(List<List<PhoenixBlocks.Block>> files) {
    Map<String, List<String[]>> byName = new LinkedHashMap<>();
    for (List<PhoenixBlocks.Block> blocks : files) {
      for (PhoenixBlocks.Block b : blocks) {
        if (b.dated()) {
          person(b, byName);
        }
      }
    }
    List<String[]> out = new ArrayList<>();
    byName.values().forEach(out::addAll);
    return out;
  }

  private void person(PhoenixBlocks.Block b, Map<String, List<String[]>> byName) {
    Set<String> forms = new LinkedHashSet<>();
    for (String n : b.names()) {
      String f = personForm(n);
      if (f != null) {
        forms.add(f);
      }
    }
    List<PhoenixBlocks.Code> roles = new ArrayList<>();
    for (PhoenixBlocks.Code c : b.codes()) {
      if (c.dated() && !c.code().endsWith("ELI") && c.code().length() >= 3
          && (c.to() == null || !c.to().isBefore(PEOPLE_SINCE))) {
        roles.add(c);
      }
    }
    if (forms.isEmpty() || roles.isEmpty()) {
      return;
    }
    String name = forms.iterator().next();
    if (byName.containsKey(name)) {
      return;
    }
    String country = countryOf(roles.get(0).code());
    // Never matched by family name alone: among 20,000 generated people the family names collide
    // with given names and with each other ("Karim", "Khan", "Rahman"). The hand-made files list
    // the family names that stand alone, and a full name earlier in an article makes its family
    // name refer to that person (PersonFinder).
    String surnames = "-";
    List<String[]> rows = new ArrayList<>();
    for (PhoenixBlocks.Code c : roles) {
      boolean first = rows.isEmpty();
      rows.add(new String[] {name, country, shorten(c.code()), "", date(c.from()), date(c.to()),
          first ? String.join("|", forms) : "", first ? surnames : ""});
    }
    byName.put(name, rows);
  }

  /** A person form without title words, of two to five words, or null. */
  static String personForm(String caps) {
    String[] words = caps.split(" ");
    if (words.length < 2 || words.length > 5) {
      return null;
    }
    for (String w : words) {
      if (TITLE_WORDS.contains(w)) {
        return null;
      }
    }
    return PhoenixNames.person(caps);
  }

  /**
   * Organisation rows ({@code code, country, type, name, forms}) of the undated entries. With
   * {@code armed} the type is always ORGANIZATION (armed groups); otherwise INSTITUTION when the
   * code names a country.
   */
  List<String[]> organisations(List<PhoenixBlocks.Block> blocks, boolean armed) {
    List<String[]> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (PhoenixBlocks.Block b : blocks) {
      if (b.dated() || b.codes().isEmpty()) {
        continue;
      }
      String code = b.codes().get(0).code();
      if (code.startsWith("MNC") || code.length() < 3 || code.startsWith("~")
          || !code.chars().allMatch(Character::isLetter)) {
        continue;
      }
      Set<String> forms = new LinkedHashSet<>();
      for (String n : b.names()) {
        for (String f : PhoenixNames.organisation(n)) {
          if (seen.add(f)) {
            forms.add(f);
          }
        }
      }
      if (forms.isEmpty()) {
        continue;
      }
      String country = countryOf(code);
      String type = armed || country.isEmpty() ? "ORGANIZATION" : "INSTITUTION";
      out.add(new String[] {shorten(code), country, type, forms.iterator().next(),
          String.join("|", forms)});
    }
    return out;
  }

  /** The country a code belongs to, or "" for organisations and unknown prefixes. */
  String countryOf(String code) {
    String p = code.length() >= 3 ? code.substring(0, 3) : code;
    return countries.contains(p) ? p : "";
  }

  /** Country codes to country + one role, others to at most nine letters. */
  String shorten(String code) {
    int max = countryOf(code).isEmpty() ? 9 : 6;
    return code.length() > max ? code.substring(0, max) : code;
  }

  private static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }
}
