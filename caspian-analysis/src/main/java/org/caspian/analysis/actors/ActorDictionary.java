package org.caspian.analysis.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caspian.analysis.token.TokenStage;
import org.caspian.model.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The actor dictionaries bundled with Caspian: countries, capitals and seats of power,
 * institutions, international organisations, outlets, people with dated roles, titles and the
 * generic role nouns, in English, Russian, Armenian and Azerbaijani (see the TSV files next to
 * this class; each explains its columns).
 *
 * <p>Load once with {@link #load()} (well under a second; about 0.1 s once the JVM is warm) and share: immutable and
 * thread-safe. Besides feeding {@link ActorStage}, it answers {@link #lookupPerson} for other
 * code that has a name and a date.
 */
public final class ActorDictionary {
  private static final Logger LOG = LoggerFactory.getLogger(ActorDictionary.class);

  final Vocabulary vocabulary;
  final PhraseIndex<Entry> entities;
  final PhraseIndex<Title> titles;
  final PhraseIndex<RoleNoun> roleNouns;
  final NameGrammar grammar;
  final FuzzyIndex fuzzy;
  private final Map<String, String> countryNames;
  private final Map<String, List<Person>> titleHolders;
  private final List<Person> people;
  private final Map<String, String> outletCountries;

  ActorDictionary(Vocabulary vocabulary, PhraseIndex<Entry> entities, PhraseIndex<Title> titles,
      PhraseIndex<RoleNoun> roleNouns, NameGrammar grammar, FuzzyIndex fuzzy,
      Map<String, String> countryNames, Map<String, List<Person>> titleHolders,
      List<Person> people, Map<String, String> outletCountries) {
    this.vocabulary = vocabulary;
    this.entities = entities;
    this.titles = titles;
    this.roleNouns = roleNouns;
    this.grammar = grammar;
    this.fuzzy = fuzzy;
    this.countryNames = Map.copyOf(countryNames);
    this.titleHolders = Map.copyOf(titleHolders);
    this.people = List.copyOf(people);
    this.outletCountries = Map.copyOf(outletCountries);
  }

  /** The key an outlet name is looked up by: lower case, spaces collapsed. */
  static String outletKey(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The country of the outlet named {@code source} (an article's source, matched against the
   * names and forms of outlets.tsv, case-insensitively), or "" when unknown.
   */
  public String outletCountry(String source) {
    return source == null || source.isBlank() ? ""
        : outletCountries.getOrDefault(outletKey(source), "");
  }

  /** Loads the bundled dictionaries. */
  public static ActorDictionary load() {
    long start = System.nanoTime();
    ActorDictionary d = new DictionaryLoader().load();
    LOG.info("actor dictionary loaded: {} dictionary tokens, {} people in {} ms",
        d.vocabulary.size(), d.people.size(), (System.nanoTime() - start) / 1_000_000);
    return d;
  }

  /**
   * A known person as of a date.
   *
   * @param name canonical name ("Ilham Aliyev")
   * @param country ISO alpha-3, empty for officials of international organisations
   * @param code CAMEO-style code at the date ("AZEGOV"; "IRNELI" once the role ended)
   * @param title title key of the role held at the date, empty when none
   */
  public record PersonInfo(String name, String country, String code, String title) {}

  /**
   * Looks up a person by full name or family name in any supported spelling ("Ilham Aliyev",
   * "İlham Əliyev", "Ильхам Алиев", "Aliyev"). A family name shared by several people resolves to
   * the one in office at {@code date}, else the one whose last role ended latest, else the first
   * listed.
   *
   * @param date publication date, or null to take each person's latest role
   */
  public Optional<PersonInfo> lookupPerson(String name, LocalDate date) {
    Objects.requireNonNull(name, "name");
    Tokens tokens = new TokenStage().tokenize(name);
    ArticleWords words = new ArticleWords(name, tokens, List.of(), vocabulary);
    if (words.size == 0) {
      return Optional.empty();
    }
    PhraseIndex.Phrase<Entry> ph = entities.longest(words, 0, words.size);
    if (ph == null || ph.length() != words.size) {
      return Optional.empty();
    }
    Person p = choosePerson(ph.payloads(), date);
    if (p == null) {
      return Optional.empty();
    }
    return Optional.of(info(p, date));
  }

  static PersonInfo info(Person p, LocalDate date) {
    Role r = p.roleAt(date);
    return new PersonInfo(p.name(), p.country(), p.codeAt(date), r == null ? "" : r.title());
  }

  /** The best person among the PERSON or SURNAME entries of a phrase, or null. */
  static Person choosePerson(List<Entry> entries, LocalDate date) {
    List<Person> candidates = new ArrayList<>();
    for (Entry e : entries) {
      if (e.kind() == Entry.Kind.PERSON) {
        return e.persons().get(0);
      }
      if (e.kind() == Entry.Kind.SURNAME) {
        candidates.addAll(e.persons());
      }
    }
    Person best = null;
    for (Person p : candidates) {
      if (best == null || better(p, best, date)) {
        best = p;
      }
    }
    return best;
  }

  private static boolean better(Person a, Person b, LocalDate date) {
    boolean aActive = date != null && a.activeAt(date);
    boolean bActive = date != null && b.activeAt(date);
    if (aActive != bActive) {
      return aActive;
    }
    if (!aActive) {
      int c = a.lastSeen().compareTo(b.lastSeen());
      if (c != 0) {
        return c > 0;
      }
    }
    return a.order() < b.order();
  }

  /** The person holding title {@code key} for {@code country} at {@code date}, or null. */
  Person titleHolder(String country, String key, LocalDate date) {
    List<Person> holders = titleHolders.get(country + "|" + key);
    if (holders == null) {
      return null;
    }
    Person best = null;
    for (Person p : holders) {
      for (Role r : p.roles()) {
        if (r.title().equals(key) && (date == null ? r.to() == null : r.covers(date))
            && (best == null || p.order() < best.order())) {
          best = p;
        }
      }
    }
    return best;
  }

  /** English name of a country ("Russia"), or the code itself when unknown. */
  String countryName(String iso) {
    return countryNames.getOrDefault(iso, iso);
  }

  /** Number of people in the dictionary. */
  public int peopleCount() {
    return people.size();
  }
}
