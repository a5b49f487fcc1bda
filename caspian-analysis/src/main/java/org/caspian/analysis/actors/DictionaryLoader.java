package org.caspian.analysis.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caspian.analysis.lexicon.DataFiles;
import org.caspian.analysis.lexicon.Form;
import org.caspian.analysis.lexicon.Inflector;
import org.caspian.analysis.lexicon.Inflectors;
import org.caspian.model.ActorType;

/**
 * Reads the bundled data files into an {@link ActorDictionary}. Every form is split into words the
 * same way article text is ({@link Words}) and, for Russian, Armenian and Azerbaijani, expanded
 * with its case forms (the {@link Inflector} of its language). Single use; not thread-safe.
 */
final class DictionaryLoader {
  private final Vocabulary.Builder vocab = new Vocabulary.Builder();
  private final Inflectors inflectors = Inflectors.bundled();
  private final PhraseIndex.Builder<Entry> entities = new PhraseIndex.Builder<>();
  private final PhraseIndex.Builder<Title> titles = new PhraseIndex.Builder<>();
  private final PhraseIndex.Builder<RoleNoun> roleNouns = new PhraseIndex.Builder<>();
  private final PhraseIndex.Builder<String> cues = new PhraseIndex.Builder<>();
  private final PhraseIndex.Builder<String> linkers = new PhraseIndex.Builder<>();
  private final PhraseIndex.Builder<String> territory = new PhraseIndex.Builder<>();
  private final BitSet[] sets = new BitSet[NameGrammar.SET_KINDS.size()];
  private final List<String> suffixes = new ArrayList<>();
  private final Map<String, String> countryNames = new HashMap<>();
  private final Map<String, int[]> fuzzyNames = new HashMap<>();
  private final Map<String, String> outletCountries = new HashMap<>();
  private final List<String> tokens = new ArrayList<>();
  private final HandMadeForms handMade = new HandMadeForms(tokens);
  private final PeopleLoader people = new PeopleLoader(this);

  DictionaryLoader() {
    for (int i = 0; i < sets.length; i++) {
      sets[i] = new BitSet();
    }
  }

  ActorDictionary load() {
    loadCountries();
    loadCountryNames();
    loadSeats();
    loadInstitutions("institutions.tsv", false);
    loadOutlets();
    people.load(List.of("people.tsv", "leaders_2015_2025.tsv"));
    loadTitles();
    loadRoleNouns("role_nouns.tsv", false);
    loadGrammar();
    handMade.close(entities.keys(), List.of(entities, titles, roleNouns));
    // Generated from the Phoenix dictionaries: a form the hand-made files already have, in any
    // letter case, is skipped.
    loadRoleNouns("agents_phoenix.tsv", true);
    loadInstitutions("igos_phoenix.tsv", true);
    loadInstitutions("groups_phoenix.tsv", true);
    people.loadGenerated("people_phoenix.tsv");
    Vocabulary v = vocab.build();
    PhraseIndex<Entry> entityIndex = entities.build(v.size(), true);
    FuzzyIndex.Builder fuzzy = new FuzzyIndex.Builder();
    fuzzyNames.forEach((name, ids) -> fuzzy.add(name, entityIndex.exact(ids)));
    NameGrammar grammar = new NameGrammar(sets, cues.build(v.size()), linkers.build(v.size()),
        territory.build(v.size()), suffixes);
    return new ActorDictionary(v, entityIndex, titles.build(v.size()), roleNouns.build(v.size()),
        grammar, fuzzy.build(), countryNames, people.titleHolders(), people.people(),
        outletCountries);
  }

  /** Token ids of {@code form}, registering its words and their case forms in the vocabulary. */
  int[] ids(String form, String lang) {
    List<String> keys = Words.keys(form);
    int[] out = new int[keys.size()];
    int n = 0;
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      if (k.equals("=")) {
        continue;
      }
      boolean frozen = i + 1 < keys.size() && keys.get(i + 1).equals("=");
      int id = vocab.token(k);
      if (id == tokens.size()) {
        tokens.add(k);
      }
      out[n++] = id;
      if (!frozen) {
        Inflector inflector = inflectors.forLanguage(lang);
        inflector.forms(k, Inflector.WordClass.NAME).forEach((surface, bits) -> {
          if (!surface.equals(k)) {
            vocab.surface(surface, id, (bits & Form.PLACE_CASE) != 0);
          }
        });
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Files every form of {@code field} under {@code entry}. A form starting with "+" is an
   * irregular case form of the last word of the first form ("Բաքու=|+Բաքվում*"), a trailing "*"
   * marking a place case.
   */
  void addEntity(String field, String lang, Entry entry) {
    int[] first = null;
    for (Tsv.Spelling f : Tsv.forms(field, lang)) {
      String text = f.text();
      if (text.startsWith("+") && first != null && first.length > 0) {
        boolean place = text.endsWith("*");
        String surface = text.substring(1, place ? text.length() - 1 : text.length());
        vocab.surface(surface, first[first.length - 1], place);
        continue;
      }
      int[] ids = ids(text, f.lang());
      first = first == null ? ids : first;
      entities.add(ids, entry);
    }
  }

  /**
   * Files the forms of {@code field} under a generated {@code entry}, skipping every form that a
   * hand-made file already has as a name, title or role noun (the hand-made entry wins).
   */
  void addGeneratedEntity(String field, Entry entry) {
    for (Tsv.Spelling f : Tsv.forms(field, "en")) {
      int[] ids = ids(f.text(), f.lang());
      if (!known(ids) && !handMade.hasAnyCase(ids)) {
        entities.addCaseSensitive(ids, entry);
      }
    }
  }

  /**
   * Files a generated family name unless a hand-made name or family name has that form; several
   * generated people may share it. Not used for fuzzy matching.
   */
  void addGeneratedSurname(String form, Entry entry) {
    int[] ids = ids(form, "en");
    if (!handMade.hasEntity(ids) && !titles.contains(ids) && !roleNouns.contains(ids)
        && !handMade.hasAnyCase(ids)) {
      entities.addCaseSensitive(ids, entry);
    }
  }

  /** True when {@code ids} already name an entity, a title or a role noun. */
  boolean known(int[] ids) {
    return entities.contains(ids) || titles.contains(ids) || roleNouns.contains(ids);
  }

  /** Files a family-name form, and remembers it for fuzzy matching when it is one long word. */
  void addSurname(Tsv.Spelling form, Entry entry) {
    int[] ids = ids(form.text(), form.lang());
    entities.add(ids, entry);
    if (ids.length == 1 && form.text().codePoints().allMatch(Character::isLetter)) {
      fuzzyNames.putIfAbsent(form.text(), ids);
    }
  }

  private void loadCountries() {
    for (DataFiles.Row r : Tsv.read("countries.tsv", 7)) {
      String iso = r.get(0);
      String name = r.get(1);
      countryNames.put(iso, name);
      Entry country = new Entry(Entry.Kind.COUNTRY, iso, iso, name, ActorType.COUNTRY, false,
          List.of());
      addEntity(name + "|" + r.get(2), "en", country);
      addEntity(r.get(3), "en", new Entry(Entry.Kind.COUNTRY, iso, iso, name, ActorType.COUNTRY,
          true, List.of()));
      addEntity(r.get(6), "en", Entry.people(iso, name));
      if (r.get(5).equals("1")) {
        Set<String> names = new HashSet<>(Arrays.asList((name + "|" + r.get(2)).split("\\|")));
        Entry capital = Entry.capital(iso, iso + "GOV", "Government of " + name);
        for (Tsv.Spelling f : Tsv.forms(r.get(4), "en")) {
          if (!names.contains(f.text())) {
            entities.add(ids(f.text(), f.lang()), capital);
          }
        }
      }
    }
  }

  private void loadCountryNames() {
    for (DataFiles.Row r : Tsv.read("country_names.tsv", 4)) {
      String iso = r.get(0);
      String name = countryNames.get(iso);
      if (name == null) {
        throw new IllegalStateException(r.where() + ": unknown country " + iso);
      }
      String kind = r.get(2);
      Entry e;
      if (kind.equals("capital")) {
        e = Entry.capital(iso, iso + "GOV", "Government of " + name);
      } else if (kind.equals("people")) {
        e = Entry.people(iso, name);
      } else {
        e = new Entry(Entry.Kind.COUNTRY, iso, iso, name, ActorType.COUNTRY,
            kind.equals("demonym"), List.of());
      }
      addEntity(r.get(3), r.get(1), e);
    }
  }

  private void loadSeats() {
    for (DataFiles.Row r : Tsv.read("seats.tsv", 5)) {
      String code = r.get(0);
      String country = r.get(1);
      Entry e = r.get(2).equals("capital") ? Entry.capital(country, code, r.get(3))
          : new Entry(Entry.Kind.SEAT, code, country, r.get(3), Entry.typeOf(code, country), false,
              List.of());
      addEntity(r.get(4), null, e);
    }
  }

  private void loadInstitutions(String file, boolean generated) {
    for (DataFiles.Row r : Tsv.read(file, 5)) {
      Entry e = new Entry(Entry.Kind.INSTITUTION, r.get(0), r.get(1), r.get(3),
          ActorType.valueOf(r.get(2)), false, List.of());
      if (generated) {
        addGeneratedEntity(r.get(4), e);
      } else {
        addEntity(r.get(4), null, e);
      }
    }
  }

  private void loadOutlets() {
    for (DataFiles.Row r : Tsv.read("outlets.tsv", 3)) {
      String country = r.get(0);
      Entry e = new Entry(Entry.Kind.MEDIA, country + "MED", country, r.get(1), ActorType.MEDIA,
          false, List.of());
      addEntity(r.get(2), null, e);
      outletCountries.put(ActorDictionary.outletKey(r.get(1)), country);
      for (Tsv.Spelling f : Tsv.forms(r.get(2), null)) {
        outletCountries.putIfAbsent(ActorDictionary.outletKey(f.text()), country);
      }
    }
  }

  private void loadTitles() {
    for (DataFiles.Row r : Tsv.read("titles.tsv", 4)) {
      Title t = new Title(r.get(0), r.get(1), r.get(2));
      for (Tsv.Spelling f : Tsv.forms(r.get(3), null)) {
        titles.add(ids(f.text(), f.lang()), t);
      }
    }
  }

  private void loadRoleNouns(String file, boolean generated) {
    for (DataFiles.Row r : Tsv.read(file, 6)) {
      String lang = r.get(0);
      String pos = r.get(1);
      RoleNoun rn = new RoleNoun(r.get(2), ActorType.valueOf(r.get(3)), r.get(4),
          pos.equals("after") || pos.equals("both"), pos.equals("before") || pos.equals("both"),
          lang.equals("en"), RoleNoun.Alone.of(pos));
      for (Tsv.Spelling f : Tsv.forms(r.get(5), lang)) {
        int[] ids = ids(f.text(), f.lang());
        if (!generated || !handMade.hasRoleNoun(ids)) {
          roleNouns.add(ids, rn);
        }
        if (!generated) {
          handMade.roleNoun(ids);
        }
      }
    }
  }

  private void loadGrammar() {
    Entry block = new Entry(Entry.Kind.BLOCK, "", "", "", ActorType.UNRESOLVED, false, List.of());
    for (DataFiles.Row r : Tsv.read("grammar.tsv", 3)) {
      String kind = r.get(0);
      String lang = r.get(1).equals("any") ? "en" : r.get(1);
      int set = NameGrammar.SET_KINDS.indexOf(kind);
      for (Tsv.Spelling f : Tsv.forms(r.get(2), lang)) {
        if (kind.equals("surname_suffix")) {
          suffixes.add(f.text());
          continue;
        }
        // Single-word lists are matched as written; only phrases get case forms.
        int[] ids = ids(f.text(), set >= 0 ? "en" : f.lang());
        if (set >= 0) {
          if (ids.length == 1) {
            sets[set].set(ids[0]);
          }
        } else if (kind.startsWith("person_cue")) {
          cues.add(ids, kind.contains(":") ? kind.substring(kind.indexOf(':') + 1) : "");
        } else if (kind.equals("linker")) {
          linkers.add(ids, kind);
        } else if (kind.equals("territory")) {
          territory.add(ids, kind);
        } else if (kind.equals("block")) {
          entities.add(ids, block);
        } else {
          throw new IllegalStateException(r.where() + ": unknown kind " + kind);
        }
      }
    }
  }
}
