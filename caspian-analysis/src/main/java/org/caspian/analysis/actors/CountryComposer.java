package org.caspian.analysis.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caspian.model.ActorType;

/**
 * How a country word composes with the words around it, for the mention finder: with a role noun
 * after it ("Russian army"); with the role noun or title after a second demonym it is joined to by
 * "and" ("Russian and Ukrainian officials"); not at all after "pro-"/"anti-", where it names a
 * side taken, not a country. One per article, like its finder.
 */
final class CountryComposer {
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
  /** Prefixes that turn a demonym into a side taken: "pro-Russian", "anti-Western". */
  private static final List<String> AFFILIATION = List.of("pro-", "anti-", "pro\u2011",
      "anti\u2011");

  private final MentionFinder f;
  private final ArticleWords words;

  CountryComposer(MentionFinder finder) {
    this.f = finder;
    this.words = finder.words;
  }

  /**
   * Whether word {@code w} is the second half of "pro-Russian" or "anti-Western": the demonym
   * names whom a group sides with, not its country ("pro-Russian separatists" in Ukraine).
   */
  boolean affiliation(int w) {
    int at = words.spanStart[w];
    for (String prefix : AFFILIATION) {
      int from = at - prefix.length();
      if (from >= 0 && words.text.regionMatches(true, from, prefix, 0, prefix.length())
          && (from == 0 || !Character.isLetter(words.text.charAt(from - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Russian and Ukrainian officials", "his Armenian and Azerbaijani counterparts": a demonym
   * joined by "and"/"or" to another that a role noun or title follows shares that head, so it is
   * composed with it (emitted over the demonym alone); the second composes as usual.
   */
  boolean sharedHead(Entry e, int w, int end) {
    int limit = words.sentenceEnd[w];
    if (!e.demonym() || e.country().isEmpty() || end + 2 >= limit
        || !CONJUNCTIONS.contains(words.key(end).toLowerCase(Locale.ROOT))) {
      return false;
    }
    PhraseIndex.Phrase<Entry> second = f.entity(end + 1);
    if (second == null) {
      return false;
    }
    Entry e2 = Entry.best(second.payloads());
    int at = end + 1 + second.length();
    if (e2.kind() != Entry.Kind.COUNTRY || !e2.demonym() || at >= limit) {
      return false;
    }
    PhraseIndex.Phrase<RoleNoun> rn = f.dict.roleNouns.longest(words, at, limit);
    if (rn != null) {
      for (RoleNoun r : rn.payloads()) {
        if (r.after()) {
          f.emitComposed(e.country(), r, w, end);
          return true;
        }
      }
    }
    PhraseIndex.Phrase<Title> title = f.dict.titles.longest(words, at, limit);
    if (title == null) {
      return false;
    }
    Title t = title.payloads().get(0);
    f.emit(code(e.country(), t.role()), e.country(),
        f.dict.countryName(e.country()) + " " + t.key(), ActorType.PERSON, w, end);
    return true;
  }

  /** "Russian army", "Azərbaycan ordusu", "Baku's State Prosecutor": one composed mention. */
  int composeAfter(Entry e, int w, int end) {
    if (e.country().isEmpty() || end >= words.sentenceEnd[w]) {
      return -1;
    }
    // "a Russian Su-24 bomber", "a U.S. F-22 fighter jet": a model designation may stand between.
    int at = words.designationEnd(end, words.sentenceEnd[w]);
    PhraseIndex.Phrase<RoleNoun> ph = f.dict.roleNouns.longest(words, at, words.sentenceEnd[w]);
    if (ph == null) {
      return -1;
    }
    for (RoleNoun rn : ph.payloads()) {
      if (rn.after()) {
        int to = at + ph.length();
        f.emitComposed(e.country(), rn, w, to);
        return to;
      }
    }
    return -1;
  }

  /**
   * The code of role {@code role} under principal {@code principal}: a state's code takes the role
   * ("RUS" + "GOV"); an organisation's code does not ("European Council President Charles Michel"
   * is IGOEUREEC, not IGOEUREECGOV).
   */
  static String code(String principal, String role) {
    return principal.length() > 3 ? principal : principal + role;
  }
}
