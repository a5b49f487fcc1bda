package org.caspian.analysis.actors;

import java.util.List;
import org.caspian.model.ActorType;

/**
 * Titles before a name: a run of titles, person cues ("political commentator", "billionaire") and
 * country, capital, seat or institution words, then a name, is one PERSON mention spanning the
 * whole run ("Russian Foreign Minister Sergey Lavrov",
 * "Kremlin spokesman Dmitry Peskov", "президент России Владимир Путин", "Azərbaycan Prezidenti
 * İlham Əliyev"). Without a name, a stated country and exactly one title is the person holding
 * that title at the publication date ("Armenia's Foreign Minister"), or else a PERSON coded with
 * the country and the title's role ("the Russian ambassador").
 */
final class TitleChain {
  private final MentionFinder f;
  private final PersonFinder persons;
  private final ArticleWords words;

  TitleChain(MentionFinder finder, PersonFinder persons) {
    this.f = finder;
    this.persons = persons;
    this.words = finder.words;
  }

  /**
   * A run of titles and country words followed by a name ("Russian Foreign Minister Sergey
   * Lavrov"), or a country and one title resolved through the publication date ("Armenia's
   * Foreign Minister"). Returns the word after the mention, or -1.
   */
  int tryChain(int w) {
    int limit = words.sentenceEnd[w];
    Run run = scan(w, limit);
    if (run == null || (!run.titled() && run.cueRole == null)) {
      return -1;
    }
    int p = run.end;
    if (!run.possessiveTitle && p < limit) {
      String role = run.last != null ? run.last.role() : run.cueRole == null ? "" : run.cueRole;
      String code = run.country.isEmpty() ? "" : CountryComposer.code(run.country, role);
      // With no country in the run, a name the dictionary does not know takes the country the
      // text is about with the title's role ("President Win Myint").
      // A director may head a security service or a press office: no role is guessed for it.
      String inferRole = run.country.isEmpty() && run.real > 0 && !"SPY".equals(role) ? role : "";
      int end = persons.nameAt(w, p, limit, true, run.titled(), run.country, code, inferRole);
      if (end > 0) {
        return end;
      }
    }
    if (run.last == null || !run.countryStated || p == w
        || (p < limit && f.dict.roleNouns.longest(words, p, limit) != null)) {
      return -1; // "head of Armenia's National Security Service": the country goes with the noun
    }
    if (run.real == 1 && !run.modified) {
      Person holder = f.dict.titleHolder(run.country, run.last.key(), f.date);
      if (holder != null) {
        persons.emitPerson(holder, w, p, p, true);
        return p;
      }
    }
    f.emit(CountryComposer.code(run.country, run.last.role()), run.country,
        f.dict.countryName(run.country) + " " + run.last.key(), ActorType.PERSON, w, p);
    return p;
  }

  /** What a run of titles, cues and country words found. */
  private static final class Run {
    int end;
    int real;
    boolean honorific;
    boolean modified;
    boolean possessiveTitle;
    boolean countryStated;
    Title last;
    String country = "";
    String cueRole;

    boolean titled() {
      return real > 0 || honorific;
    }

    /** A country word or other modifier entity: its country, unless one is known already. */
    void entity(Entry e) {
      if (country.isEmpty()) {
        country = e.country();
        countryStated = e.kind() == Entry.Kind.COUNTRY;
      }
    }

    void title(Title title) {
      if (title.isReal()) {
        real++;
        last = title;
        if (country.isEmpty() && !title.country().isEmpty()) {
          country = title.country();
          countryStated = true;
        }
      } else if (title.isHonorific()) {
        honorific = true;
      } else {
        modified = true;
      }
    }
  }

  /** Reads the run starting at {@code w}; null when it starts with a capital used as a place. */
  private Run scan(int w, int limit) {
    Run run = new Run();
    int p = w;
    while (p < limit) {
      PhraseIndex.Phrase<Title> t = f.dict.titles.longest(words, p, limit);
      PhraseIndex.Phrase<String> c = f.dict.grammar.cues.longest(words, p, limit);
      Entry e = f.entry(p);
      int eLen = e != null && e.isModifier() ? f.entity(p).length() : 0;
      int cLen = c == null ? 0 : c.length();
      if (t != null && t.length() >= eLen && t.length() >= cLen) {
        run.title(realFirst(t.payloads()));
        p += t.length();
      } else if (cLen > 0 && cLen >= eLen) {
        run.cueRole = c.first();
        p += cLen;
      } else if (p > w && isCaseSuffix(p)) {
        p++; // "XİN-in", "ՆԱՏՕ-ի": a case ending hyphenated to an abbreviation
        continue;
      } else if (eLen > 0) {
        if (p == w && e.kind() == Entry.Kind.CAPITAL && f.places.isPlace(w, w + eLen, true)) {
          return null;
        }
        run.entity(e);
        p += eLen;
        continue;
      } else if ((run.titled()) && linkedModifier(p, limit) > p) {
        p = linkedModifier(p, limit);
        continue;
      } else {
        break;
      }
      if (words.has(p - 1, ArticleWords.POSSESSIVE)) {
        run.possessiveTitle = true; // "the President's office": no name follows
        break;
      }
    }
    run.end = p;
    return run;
  }

  /** A short lower-case piece hyphenated to the word before: a case ending, not a word. */
  private boolean isCaseSuffix(int p) {
    return words.has(p, ArticleWords.HYPHEN_JOINED) && words.has(p, ArticleWords.HAS_LETTER)
        && !words.has(p, ArticleWords.UPPER_INITIAL) && words.keyLength(p) <= 3
        && words.has(p - 1, ArticleWords.ALL_CAPS);
  }

  private static Title realFirst(List<Title> titles) {
    for (Title t : titles) {
      if (t.isReal()) {
        return t;
      }
    }
    return titles.get(0);
  }

  /** "of" / "of the" followed by a country word: the word after the linker, else -1. */
  private int linkedModifier(int p, int limit) {
    PhraseIndex.Phrase<String> l = f.dict.grammar.linkers.longest(words, p, limit);
    if (l == null || p + l.length() >= limit) {
      return -1;
    }
    Entry e = f.entry(p + l.length());
    return e != null && e.isModifier() ? p + l.length() : -1;
  }

}
