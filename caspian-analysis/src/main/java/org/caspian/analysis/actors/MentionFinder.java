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
 * dictionary entry; a role noun before a country ("МИД России"); an unknown
 * capitalised name. Whatever matches is emitted and the pass continues after it, so mentions come
 * out in text order and never overlap. One instance per article; not thread-safe.
 */
final class MentionFinder {
  /** Prefixes that turn a demonym into a side taken: "pro-Russian", "anti-Western". */
  private static final List<String> AFFILIATION = List.of("pro-", "anti-", "pro\u2011",
      "anti\u2011");

  final ActorDictionary dict;
  final ArticleWords words;
  final LocalDate date;
  private final List<ActorMention> out = new ArrayList<>();
  private final PersonFinder persons;
  private final TitleChain chain;
  private final PhraseIndex.Phrase<Entry>[] entityCache;
  private final boolean[] entityDone;
  final PlaceRules places;
  private int lastFrom = -1;
  private int lastTo = -1;
  private ActorType lastType;
  private String lastCountry = "";
  private String contextCountry = "";
  private final AloneNouns alone;
  private final CountryComposer composer;

  /**
   * A finder for one article; {@code outletCountry} (ISO alpha-3 or "") is the country an
   * institution named on its own falls back to when no country was mentioned before it.
   */
  @SuppressWarnings("unchecked")
  MentionFinder(ActorDictionary dict, ArticleWords words, LocalDate date, String outletCountry) {
    this.dict = dict;
    this.words = words;
    this.date = date;
    this.alone = new AloneNouns(dict, outletCountry);
    this.composer = new CountryComposer(this);
    this.entityCache = new PhraseIndex.Phrase[words.size];
    this.entityDone = new boolean[words.size];
    this.places = new PlaceRules(this);
    this.persons = new PersonFinder(this);
    this.chain = new TitleChain(this, persons);
  }

  List<ActorMention> find() {
    int w = 0;
    while (w < words.size) {
      boolean hasIds = words.idFrom(w) < words.looseTo(w);
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
          next = tryAlone(w);
        }
      }
      if (next < 0) {
        next = persons.tryUnknownName(w);
      }
      if (next > w && lastType == ActorType.PERSON && lastTo == next) {
        next = Math.max(next, ownedRoleNoun(next));
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
      entityCache[w] = words.idFrom(w) == words.looseTo(w) ? null
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
        persons.emitPerson(e.persons().get(0), w, w, end, false);
        return end;
      case SURNAME:
        if (persons.startsLongerName(w, end)) {
          return -1;
        }
        persons.emitFamilyName(ph, w, w, end);
        return end;
      case COUNTRY:
        return country(e, w, end);
      case CAPITAL:
        return capital(e, w, end);
      case SEAT:
        if (!places.isPlace(w, end, false)) {
          emit(e.code(), e.country(), e.name(), e.type(), w, end);
        }
        return end;
      default:
        emit(e.code(), e.country(), e.name(), e.type(), w, end);
        return end;
    }
  }

  /**
   * A capital: composed with what follows when it can be ("Baku's State Prosecutor"), nothing
   * when it is used as a place, otherwise the actor its dictionary entry names.
   */
  private int capital(Entry e, int w, int end) {
    int c = composer.composeAfter(e, w, end);
    if (c > 0) {
      return c;
    }
    if (places.isPlace(w, end, true)) {
      places.placeEnded(end);
      return end;
    }
    emit(e.code(), e.country(), e.name(), e.type(), w, end);
    return end;
  }

  /**
   * A country name or demonym: composed with a role noun when one follows; nothing when it names
   * territory ("Russian airspace") or a location ("held in Azerbaijan"), or is half of a
   * non-actor compound ("Russian-language"); otherwise the country.
   */
  private int country(Entry e, int w, int end) {
    if (places.compoundSkipped(end) || composer.affiliation(w)) {
      return end;
    }
    int composed = composer.composeAfter(e, w, end);
    if (composed > 0) {
      return composed;
    }
    if (composer.sharedHead(e, w, end)) {
      return end;
    }
    if (places.isTerritory(w, end) || (!e.demonym() && places.isCountryPlace(w, end))) {
      return end;
    }
    emit(e.code(), e.country(), e.name(), e.type(), w, end);
    return end;
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
      boolean inLinker = false;
      if (rn.needsLinker()) {
        PhraseIndex.Phrase<String> l = q < limit ? dict.grammar.linkers.longest(words, q, limit)
            : null;
        inLinker = l == null && q < limit && rn.type() == ActorType.GOVERNMENT
            && NameGrammar.in(dict.grammar.capitalLinker, words, q);
        if (l == null && !inLinker) {
          return -1;
        }
        q += inLinker ? 1 : l.length();
      }
      PhraseIndex.Phrase<Entry> country = q < limit ? entity(q) : null;
      if (country == null) {
        return -1;
      }
      Entry e = Entry.best(country.payloads());
      if (inLinker && e.kind() != Entry.Kind.CAPITAL) {
        return -1; // "the government in Yerevan", not "the army in Russia" nor "circles in Moscow"
      }
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

  /**
   * "Aliyev's government", "Bastrykin's Investigative Committee": a possessive person followed by
   * an institution-like role noun becomes one mention of the person's country with that role,
   * replacing the person mention. Returns the word after it, or -1.
   */
  private int ownedRoleNoun(int w) {
    if (lastCountry.isEmpty() || w >= words.size || !words.has(w - 1, ArticleWords.POSSESSIVE)
        || words.sentenceEnd[w - 1] != words.sentenceEnd[Math.min(w, words.size - 1)]) {
      return -1;
    }
    PhraseIndex.Phrase<RoleNoun> ph = dict.roleNouns.longest(words, w, words.sentenceEnd[w]);
    if (ph == null) {
      return -1;
    }
    RoleNoun rn = ph.first();
    if (rn.type() != ActorType.GOVERNMENT && rn.type() != ActorType.INSTITUTION
        && rn.type() != ActorType.MEDIA) {
      return -1;
    }
    int from = lastFrom;
    String country = lastCountry;
    out.remove(out.size() - 1);
    emitComposed(country, rn, from, w + ph.length());
    return w + ph.length();
  }

  /** A role noun on its own (see {@link AloneNouns}). */
  private int tryAlone(int w) {
    PhraseIndex.Phrase<RoleNoun> ph = dict.roleNouns.longest(words, w, words.sentenceEnd[w]);
    RoleNoun rn = ph == null ? null : AloneNouns.find(ph.payloads());
    int end = w + (ph == null ? 0 : ph.length());
    String context = contextCountry.isEmpty() && rn != null ? places.countryAfterIn(end)
        : contextCountry;
    AloneNouns.Choice c = rn == null ? null : alone.choose(rn, words.cover(w, end), context);
    if (c == null) {
      return -1;
    }
    emit(c.code(), c.country(), c.name(), c.type(), w, end, !c.country().isEmpty());
    return end;
  }

  /**
   * The country of a titled person whose title names none ("President Win Myint", "Mayor Ekrem
   * Imamoglu"): the last country of the text before it, else the outlet's, else "".
   */
  String inferredCountry() {
    return alone.inferCountry(contextCountry);
  }

  /**
   * Whether the last mention found ends right where word {@code w} starts ("Abzas Media" before
   * "director Ulvi Hasanli"): the title then belongs to that mention, which names the actor.
   */
  boolean adjacent(int w) {
    return lastTo == w;
  }

  void emitComposed(String country, RoleNoun rn, int from, int to) {
    emit(CountryComposer.code(country, rn.role()), country, dict.countryName(country) + " " + rn.label(),
        rn.type(), from, to);
  }

  void emit(String code, String country, String name, ActorType type, int from, int to) {
    emit(code, country, name, type, from, to, false);
  }

  void emit(String code, String country, String name, ActorType type, int from, int to,
      boolean inferred) {
    lastFrom = from;
    lastTo = to;
    lastType = type;
    lastCountry = country;
    if (!country.isEmpty() && type != ActorType.MEDIA && type != ActorType.ORGANIZATION) {
      contextCountry = country;
    }
    Span span = new Span(words.spanStart[from], words.spanEnd[to - 1]);
    ActorMention m = new ActorMention(code, country, name, type, span, span.of(words.text),
        inferred);
    out.add(m);
    alone.saw(m);
  }
}
