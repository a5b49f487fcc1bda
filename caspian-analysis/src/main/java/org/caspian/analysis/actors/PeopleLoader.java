package org.caspian.analysis.actors;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caspian.analysis.lexicon.DataFiles;
import org.caspian.model.ActorType;

/**
 * Reads the people files (people.tsv, leaders_2015_2025.tsv, then the generated
 * people_phoenix.tsv): merges the rows of each person and files names and family names.
 */
final class PeopleLoader {
  private final DictionaryLoader loader;
  private final List<Person> people = new ArrayList<>();
  private final Map<String, List<Person>> titleHolders = new LinkedHashMap<>();

  PeopleLoader(DictionaryLoader loader) {
    this.loader = loader;
  }

  private static final class Rows {
    String country;
    final List<Role> roles = new ArrayList<>();
    final Set<String> forms = new LinkedHashSet<>();
    final Set<String> surnames = new LinkedHashSet<>();
  }

  /** Reads the hand-made files; rows of one name in several files are one person. */
  void load(List<String> files) {
    Map<String, Rows> byName = new LinkedHashMap<>();
    for (String file : files) {
      read(file, 7, byName, Set.of());
    }
    for (Map.Entry<String, Rows> e : byName.entrySet()) {
      add(e.getKey(), e.getValue(), people.size(), false);
    }
  }

  /**
   * Reads a generated file after the hand-made ones: a person whose name is already known is left
   * out, and so is every form or family name a hand-made file already has; family names are not
   * used for fuzzy matching.
   */
  void loadGenerated(String file) {
    Set<String> known = new HashSet<>();
    for (Person p : people) {
      known.add(p.name());
    }
    Map<String, Rows> byName = new LinkedHashMap<>();
    read(file, 4, byName, known);
    for (Map.Entry<String, Rows> e : byName.entrySet()) {
      add(e.getKey(), e.getValue(), people.size(), true);
    }
  }

  private void read(String file, int minColumns, Map<String, Rows> byName, Set<String> skip) {
    for (DataFiles.Row r : Tsv.read(file, minColumns)) {
      if (skip.contains(r.get(0))) {
        continue;
      }
      Rows rows = byName.computeIfAbsent(r.get(0), k -> new Rows());
      if (rows.country == null) {
        rows.country = r.get(1);
      }
      try {
        rows.roles.add(new Role(r.get(2), r.get(3), parse(r.get(4), false),
            parse(r.get(5), true)));
      } catch (RuntimeException e) {
        throw new IllegalStateException(r.where() + ": bad date", e);
      }
      rows.forms.add(r.get(6));
      rows.surnames.add(r.get(7));
    }
  }

  private void add(String name, Rows rows, int order, boolean generated) {
    List<Tsv.Spelling> forms = new ArrayList<>();
    forms.add(new Tsv.Spelling(name, "en"));
    for (String field : rows.forms) {
      forms.addAll(Tsv.forms(field, null));
    }
    Set<String> given = new HashSet<>();
    List<Tsv.Spelling> surnames = surnames(rows, forms, given);
    Person p = new Person(name, rows.country, rows.roles, order, given);
    people.add(p);
    addTitleHolder(p, rows);
    Entry full = new Entry(Entry.Kind.PERSON, "", p.country(), name, ActorType.PERSON, false,
        List.of(p));
    Entry family = new Entry(Entry.Kind.SURNAME, "", p.country(), name, ActorType.PERSON, false,
        List.of(p));
    if (generated) {
      for (Tsv.Spelling f : forms) {
        loader.addGeneratedEntity(f.text(), full);
      }
      for (Tsv.Spelling f : surnames) {
        loader.addGeneratedSurname(f.text(), family);
      }
      return;
    }
    for (Tsv.Spelling f : forms) {
      loader.addEntity(f.text(), f.lang(), full);
    }
    for (Tsv.Spelling f : surnames) {
      loader.addSurname(f, family);
    }
  }

  /**
   * The surnames of a person: those listed ("-" for none), else the last word of each written
   * form of two or more words; the first words of those forms go to {@code given}.
   */
  private static List<Tsv.Spelling> surnames(Rows rows, List<Tsv.Spelling> forms, Set<String> given) {
    List<Tsv.Spelling> surnames = new ArrayList<>();
    for (String field : rows.surnames) {
      surnames.addAll(Tsv.forms(field, null));
    }
    boolean none = surnames.size() == 1 && surnames.get(0).text().equals("-");
    if (none) {
      surnames.clear();
    }
    boolean deriveSurnames = surnames.isEmpty() && !none;
    for (Tsv.Spelling f : forms) {
      String[] parts = f.text().split(" ");
      if (parts.length >= 2) {
        given.add(parts[0]);
        if (deriveSurnames) {
          surnames.add(new Tsv.Spelling(parts[parts.length - 1], f.lang()));
        }
      }
    }
    return surnames;
  }

  /** Records {@code p} as a holder of each title among its roles, per country. */
  private void addTitleHolder(Person p, Rows rows) {
    for (Role r : rows.roles) {
      if (!r.title().isEmpty()) {
        List<Person> holders = titleHolders.computeIfAbsent(p.country() + "|" + r.title(),
            k -> new ArrayList<>());
        if (!holders.contains(p)) {
          holders.add(p);
        }
      }
    }
  }

  /** Parses YYYY, YYYY-MM or YYYY-MM-DD; an end date goes to the last day of the period. */
  static LocalDate parse(String s, boolean end) {
    if (s.isEmpty()) {
      return null;
    }
    if (s.length() == 4) {
      int y = Integer.parseInt(s);
      return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
    }
    if (s.length() == 7) {
      YearMonth ym = YearMonth.parse(s);
      return end ? ym.atEndOfMonth() : ym.atDay(1);
    }
    return LocalDate.parse(s);
  }

  List<Person> people() {
    return people;
  }

  Map<String, List<Person>> titleHolders() {
    return titleHolders;
  }
}
