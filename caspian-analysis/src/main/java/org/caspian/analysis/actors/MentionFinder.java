package org.caspian.analysis.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.caspian.model.Span;

/**
 * Finds the actor mentions of one article in a single left-to-right pass over its words. At each
 * word it tries, in order: a title chain ending in a name ({@link TitleChain}); the longest
 * dictionary entry; a role noun before a country ("МИД России"); a person cue; an unknown
 * capitalised name. Whatever matches is emitted and the pass continues after it, so mentions come
 * out in text order and never overlap. One instance per article; not thread-safe.
 */
final class MentionFinder {
  final ActorDictionary dict;
  final ArticleWords words;
  final LocalDate date;
  private final List<ActorMention> out = new ArrayList<>();
  private final PersonFinder persons;
  private final TitleChain chain;
  private final PhraseIndex.Phrase<Entry>[] entityCache;
  private final boolean[] entityDone;
  private int cueEnd = -1;
  private int lastPlaceEnd = -1;
  private int lastTo = -1;
  private ActorType lastType;
  private String lastCountry = "";

  @SuppressWarnings("unchecked")
  MentionFinder(ActorDictionary dict, ArticleWords words, LocalDate date) {
    this.dict = dict;
    this.words = words;
    this.date = date;
    this.entityCache = new PhraseIndex.Phrase[words.size];
    this.entityDone = new boolean[words.size];
    this.persons = new PersonFinder(this);
    this.chain = new TitleChain(this, persons);
  }

  List<ActorMention> find() {
    int w = 0;
    while (w < words.size) {
      boolean hasIds = words.idFrom(w) < words.idTo(w);
      if (!hasIds && !words.has(w, ArticleWords.UPPER_INITIAL)) {
        w++;
        continue;
      }
      int next = -1;
      if (hasIds) {
        next = chain.tryChain(w);
        if (next < 0) {
          next = tryEntity(w);
        }
        if (next < 0) {
          next = tryRoleBefore(w);
        }
        if (next < 0) {
          next = tryCue(w);
        }
      }
      if (next < 0) {
        next = persons.tryUnknownName(w, w == cueEnd);
      }
      if (next > w && lastType == ActorType.PERSON && lastTo == next) {
        int owned = persons.ownedRoleNoun(lastCountry, next);
        next = owned > 0 ? owned : next;
      }
      w = next > w ? next : w + 1;
    }
    return out;
  }

  /** The longest dictionary phrase starting at {@code w} within its sentence, or null. */
  PhraseIndex.Phrase<Entry> entity(int w) {
    if (w >= words.size) {
      return null;
    }
    if (!entityDone[w]) {
      entityDone[w] = true;
      entityCache[w] = words.idFrom(w) == words.idTo(w) ? null
          : dict.entities.longest(words, w, words.sentenceEnd[w]);
    }
    return entityCache[w];
  }

  /** The top entry of the phrase at {@code w}, or null. */
  Entry entry(int w) {
    PhraseIndex.Phrase<Entry> ph = entity(w);
    return ph == null ? null : Entry.best(ph.payloads());
  }

  private int tryEntity(int w) {
    PhraseIndex.Phrase<Entry> ph = entity(w);
    if (ph == null) {
      return -1;
    }
    Entry e = Entry.best(ph.payloads());
    int end = w + ph.length();
    switch (e.kind()) {
      case BLOCK:
        return persons.startsLongerName(w, end) ? -1 : end;
      case PERSON:
        persons.emitPerson(e.persons().get(0), w, w, end);
        return end;
      case SURNAME:
        if (persons.startsLongerName(w, end)) {
          return -1;
        }
        persons.emitFamilyName(ph, w, w, end);
        return end;
      case COUNTRY:
        int composed = composeAfter(e, w, end);
        if (composed > 0) {
          return composed;
        }
        emit(e.code(), e.country(), e.name(), e.type(), w, end);
        return end;
      case CAPITAL:
        int c = composeAfter(e, w, end);
        if (c > 0) {
          return c;
        }
        if (isPlace(w, end)) {
          lastPlaceEnd = end;
          return end;
        }
        emit(e.code(), e.country(), e.name(), e.type(), w, end);
        return end;
      default:
        emit(e.code(), e.country(), e.name(), e.type(), w, end);
        return end;
    }
  }

  /** "Russian army", "Azərbaycan ordusu", "Baku's State Prosecutor": one composed mention. */
  private int composeAfter(Entry e, int w, int end) {
    if (e.country().isEmpty() || end >= words.sentenceEnd[w]) {
      return -1;
    }
    PhraseIndex.Phrase<RoleNoun> ph = dict.roleNouns.longest(words, end, words.sentenceEnd[w]);
    if (ph == null) {
      return -1;
    }
    for (RoleNoun rn : ph.payloads()) {
      if (rn.after()) {
        int to = end + ph.length();
        emitComposed(e.country(), rn, w, to);
        return to;
      }
    }
    return -1;
  }

  /** "МИД России", "government of Armenia": a role noun then a country name or capital. */
  private int tryRoleBefore(int w) {
    int limit = words.sentenceEnd[w];
    PhraseIndex.Phrase<RoleNoun> ph = dict.roleNouns.longest(words, w, limit);
    if (ph == null) {
      return -1;
    }
    for (RoleNoun rn : ph.payloads()) {
      if (!rn.before()) {
        continue;
      }
      int q = w + ph.length();
      if (rn.needsLinker()) {
        PhraseIndex.Phrase<String> l = q < limit ? dict.grammar.linkers.longest(words, q, limit)
            : null;
        if (l == null) {
          return -1;
        }
        q += l.length();
      }
      PhraseIndex.Phrase<Entry> country = q < limit ? entity(q) : null;
      if (country == null) {
        return -1;
      }
      Entry e = Entry.best(country.payloads());
      boolean ok = (e.kind() == Entry.Kind.COUNTRY && !e.demonym())
          || e.kind() == Entry.Kind.CAPITAL;
      if (!ok || e.country().isEmpty()) {
        return -1;
      }
      int end = q + country.length();
      emitComposed(e.country(), rn, w, end);
      return end;
    }
    return -1;
  }

  private int tryCue(int w) {
    PhraseIndex.Phrase<String> ph = dict.grammar.cues.longest(words, w, words.sentenceEnd[w]);
    if (ph == null) {
      return -1;
    }
    cueEnd = w + ph.length();
    return cueEnd;
  }

  /**
   * True when the capital at words {@code [w, end)} is a location rather than an actor: in a
   * place case, after a place preposition or motion verb (unless that follows a noun such as
   * "response"), after "of" following a place noun ("territory of Baku"), coordinated with a
   * capital just used as a place, or followed by a place compound or noun ("Moscow-based",
   * "Moscow region"). A possessive is always the actor.
   */
  boolean isPlace(int w, int end) {
    if (words.has(end - 1, ArticleWords.POSSESSIVE)) {
      return false;
    }
    if (words.has(end - 1, ArticleWords.PLACE_CASE)) {
      return true;
    }
    Grammar g = dict.grammar;
    int limit = words.sentenceEnd[w];
    int prev = w - 1;
    if (prev >= 0 && words.sentenceEnd[prev] == limit && !words.has(w, ArticleWords.HYPHEN_JOINED)) {
      if (Grammar.in(g.placePrep, words, prev) || Grammar.in(g.placeVerb, words, prev)) {
        return !(prev > 0 && words.sentenceEnd[prev - 1] == limit
            && Grammar.in(g.govPrev, words, prev - 1));
      }
      if (prev == lastPlaceEnd && Grammar.in(g.coordinator, words, prev)) {
        return true;
      }
      if (prev > 0 && words.sentenceEnd[prev - 1] == limit
          && g.linkers.longest(words, prev, prev + 1) != null
          && Grammar.in(g.placeFollow, words, prev - 1)) {
        return true;
      }
    }
    if (end < limit) {
      boolean joined = words.has(end, ArticleWords.HYPHEN_JOINED);
      return joined ? Grammar.in(g.placeCompound, words, end)
          : Grammar.in(g.placeFollow, words, end);
    }
    return false;
  }

  private void emitComposed(String country, RoleNoun rn, int from, int to) {
    emit(country + rn.role(), country, dict.countryName(country) + " " + rn.label(), rn.type(),
        from, to);
  }

  void emit(String code, String country, String name, ActorType type, int from, int to) {
    lastTo = to;
    lastType = type;
    lastCountry = country;
    Span span = new Span(words.spanStart[from], words.spanEnd[to - 1]);
    out.add(new ActorMention(code, country, name, type, span, span.of(words.text)));
  }
}
