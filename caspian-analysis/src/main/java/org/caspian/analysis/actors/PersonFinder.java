package org.caspian.analysis.actors;

import java.util.HashMap;
import java.util.Map;
import org.caspian.model.ActorType;

/**
 * The person rules of {@link MentionFinder}: names after titles ({@link TitleChain}), family
 * names on their own, misspelt family names and unknown names.
 *
 * <p>A family name alone ("Aliyev said") is the person most recently mentioned in the article with
 * that family name, known or not ("political commentator Ramiz Aliyev ... Aliyev commented" is
 * Ramiz); failing that, the dictionary person with that family name in office at the publication
 * date. An unknown person ("Ramiz Aliyev", recognised by a known family name, a family-name
 * ending, or a cue such as "commentator" before it) gets code "" and country "" unless a title
 * chain states the country ("Armenian Deputy Foreign Minister X Y" is ARMGOV).
 */
final class PersonFinder {
  private static final int MAX_NAME_WORDS = 5;

  /** A resolved person: what a mention of them carries. */
  private record Named(String name, String country, String code, boolean inferred) {
    Named(String name, String country, String code) {
      this(name, country, code, false);
    }
  }

  private final MentionFinder f;
  private final ArticleWords words;
  private final Map<Object, Named> recent = new HashMap<>();

  PersonFinder(MentionFinder finder) {
    this.f = finder;
    this.words = finder.words;
  }

  /**
   * Emits the person named at word {@code p} (after a title chain starting at {@code from}) and
   * returns the word after the name, or -1 when no name starts at {@code p}. A name the dictionary
   * does not know is coded {@code code}, or with no country given ({@code country} empty) and a
   * title role {@code inferRole}, with that role and the country the text is about, marked
   * inferred.
   */
  int nameAt(int from, int p, int limit, boolean acceptSingle, boolean titled, String country,
      String code, String inferRole) {
    PhraseIndex.Phrase<Entry> ph = f.entity(p);
    if (ph != null) {
      Entry e = Entry.best(ph.payloads());
      int end = p + ph.length();
      if (e.kind() == Entry.Kind.PERSON) {
        emitPerson(e.persons().get(0), from, p, end, titled);
        return end;
      }
      if (e.kind() == Entry.Kind.SURNAME) {
        emitFamilyName(ph, from, p, end);
        return end;
      }
      return -1;
    }
    int q = scanName(p, limit);
    if (q == p || f.dict.roleNouns.longest(words, p, limit) != null) {
      return -1;
    }
    if (q - p == 1) {
      if (single(from, p)) {
        return q;
      }
      if (!acceptSingle || words.has(p, ArticleWords.ALL_CAPS)) {
        return -1;
      }
    } else if (known(from, p, q, titled)) {
      return q;
    }
    emitUnknown(from, p, q, country, code, titled, inferRole);
    return q;
  }

  /**
   * True when the family name or blocked word at {@code w} is followed by another capitalised
   * name word, so the run is an unknown name ("Michel Barnier", "Caspian Policy Center").
   */
  boolean startsLongerName(int w, int end) {
    int limit = words.sentenceEnd[w];
    return end < limit && !words.has(w, ArticleWords.HEADLINE)
        && !words.has(end, ArticleWords.HYPHEN_JOINED)
        && scanName(w, limit) > end && f.entity(end) == null
        && f.dict.roleNouns.longest(words, end, limit) == null
        && f.dict.titles.longest(words, end, limit) == null;
  }

  /** An unknown capitalised name not preceded by a title. Returns the next word or -1. */
  int tryUnknownName(int w) {
    if (!words.has(w, ArticleWords.UPPER_INITIAL) || words.has(w, ArticleWords.HYPHEN_JOINED)
        || words.has(w, ArticleWords.HEADLINE)) {
      return -1;
    }
    int limit = words.sentenceEnd[w];
    int q = scanName(w, limit);
    if (q == w) {
      return -1;
    }
    if (q - w == 1) {
      return single(w, w) ? q : -1;
    }
    if (f.dict.roleNouns.longest(words, w, limit) != null) {
      return -1; // "Investigative Committee" with no country is no name
    }
    if (known(w, w, q, false)) {
      return q;
    }
    int last = q - 1;
    Entry lastEntry = f.entry(last);
    Entry firstEntry = f.entry(w);
    boolean person = f.dict.grammar.surnameLike(words, last)
        || (firstEntry != null && firstEntry.kind() == Entry.Kind.SURNAME)
        || (lastEntry != null && lastEntry.kind() == Entry.Kind.SURNAME)
        || fuzzy(last) != null;
    if (person) {
      emitUnknown(w, w, q, "", "", false, "");
    } else {
      f.emit("", "", words.cover(w, q), ActorType.UNRESOLVED, w, q);
    }
    return q;
  }

  /**
   * The end of a run of capitalised words at {@code p} that may form a name: no stop words, no
   * dictionary entries other than family names, no titles; lower-case particles ("al", "de")
   * only between capitalised words; a possessive ends the run.
   */
  private int scanName(int p, int limit) {
    NameGrammar g = f.dict.grammar;
    int q = p;
    while (q < limit && q - p < MAX_NAME_WORDS) {
      if (!words.has(q, ArticleWords.UPPER_INITIAL)) {
        boolean particle = q > p && q + 1 < limit && NameGrammar.in(g.particle, words, q)
            && words.has(q + 1, ArticleWords.UPPER_INITIAL);
        if (!particle) {
          break;
        }
        q++;
        continue;
      }
      if (NameGrammar.in(g.stop, words, q)) {
        break;
      }
      Entry e = f.entry(q);
      if (e != null && e.kind() != Entry.Kind.SURNAME && e.kind() != Entry.Kind.BLOCK) {
        break;
      }
      if (q > p && f.dict.titles.longest(words, q, limit) != null) {
        break;
      }
      q++;
      if (words.has(q - 1, ArticleWords.POSSESSIVE)) {
        break;
      }
    }
    return q;
  }

  /** One capitalised word: a family name seen earlier in the article, or a misspelt known one. */
  private boolean single(int from, int p) {
    Named n = recent.get(words.key(p));
    if (n != null) {
      emit(n, from, p + 1);
      return true;
    }
    PhraseIndex.Phrase<Entry> fz = fuzzy(p);
    if (fz != null) {
      emitFamilyName(fz, from, p, p + 1);
      return true;
    }
    return false;
  }

  /** Two words, given name + known (or misspelt) family name of the same person. */
  private boolean known(int from, int p, int q, boolean titled) {
    if (q - p != 2) {
      return false;
    }
    PhraseIndex.Phrase<Entry> ph = f.entity(p + 1);
    if (ph == null || Entry.best(ph.payloads()).kind() != Entry.Kind.SURNAME) {
      ph = fuzzy(p + 1);
    }
    if (ph == null) {
      return false;
    }
    String given = words.key(p);
    for (Entry e : ph.payloads()) {
      for (Person person : e.persons()) {
        if (person.givenNames().contains(given)) {
          emitPerson(person, from, p, q, titled);
          return true;
        }
      }
    }
    return false;
  }

  private PhraseIndex.Phrase<Entry> fuzzy(int w) {
    if (!words.has(w, ArticleWords.UPPER_INITIAL) || words.has(w, ArticleWords.ALL_CAPS)) {
      return null;
    }
    return f.dict.fuzzy.find(words.text, words.keyStart[w], words.keyEnd[w]);
  }

  /** Emits dictionary person {@code p} over words {@code [from, to)}; the name is {@code [nameFrom, to)}. */
  void emitPerson(Person p, int from, int nameFrom, int to, boolean titled) {
    Named n = new Named(p.name(), p.country(), p.codeAt(f.date));
    emit(n, from, to);
    remember(n, nameFrom, to, titled);
  }

  /** Emits the person a family name stands for (see the class comment). */
  void emitFamilyName(PhraseIndex.Phrase<Entry> ph, int from, int nameFrom, int to) {
    Named n = recent.get(ph);
    if (n == null) {
      n = recent.get(words.key(to - 1));
    }
    if (n == null) {
      Person p = ActorDictionary.choosePerson(ph.payloads(), f.date);
      n = new Named(p.name(), p.country(), p.codeAt(f.date));
    }
    emit(n, from, to);
  }

  private void emitUnknown(int from, int nameFrom, int to, String country, String code,
      boolean titled, String inferRole) {
    boolean inferred = false;
    if (titled && country.isEmpty() && !inferRole.isEmpty() && !f.adjacent(from)) {
      country = f.inferredCountry(); // "President Win Myint": the country the text is about
      inferred = !country.isEmpty();
      code = inferred ? CountryComposer.code(country, inferRole) : "";
    }
    Named n = new Named(words.cover(nameFrom, to), country, code, inferred);
    emit(n, from, to);
    remember(n, nameFrom, to, titled);
  }

  private void emit(Named n, int from, int to) {
    f.emit(n.code, n.country, n.name, ActorType.PERSON, from, to, n.inferred);
  }

  /**
   * Makes the family name of words {@code [from, to)} point to {@code n} from now on. A mention
   * with a title before it ("President Ilham Aliyev") does not take the family name over from a
   * different person introduced earlier: journalists name officials in passing with their
   * titles, while the bare family name keeps referring to the article's own speaker.
   */
  private void remember(Named n, int from, int to, boolean titled) {
    if (to <= from) {
      return;
    }
    Named before = recent.get(words.key(to - 1));
    if (titled && before != null && !before.equals(n)) {
      return;
    }
    recent.put(words.key(to - 1), n);
    boolean exact = false;
    for (int k = from; k < to; k++) {
      PhraseIndex.Phrase<Entry> ph = f.entity(k);
      if (ph != null && k + ph.length() == to
          && Entry.best(ph.payloads()).kind() == Entry.Kind.SURNAME) {
        recent.put(ph, n);
        exact = true;
      }
    }
    if (!exact) {
      PhraseIndex.Phrase<Entry> fz = fuzzy(to - 1);
      if (fz != null) {
        recent.put(fz, n);
      }
    }
  }
}
