package org.caspian.analysis.actors;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.caspian.analysis.Stage;
import org.caspian.model.ActorMention;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Layer;

/**
 * Finds actor mentions: {@code ActorMention(code, country, name, type, span, text)} in text
 * order, never overlapping (at any word the longest match wins).
 *
 * <p>Rules, in the order they are tried at each word:
 *
 * <ol>
 *   <li><b>Titles before names</b> belong to the person's span, together with the country words
 *       and person cues among them: "President Ilham Aliyev", "Russian Foreign Minister Sergey
 *       Lavrov", "Kremlin spokesman Dmitry Peskov", "political commentator Ramiz Aliyev",
 *       "президент России Владимир Путин", "Azərbaycan Prezidenti İlham Əliyev". A country and a
 *       single title without a name ("Armenia's Foreign Minister said") is the person holding
 *       that title on the publication date, or else a PERSON coded country + the title's role
 *       ("the Russian ambassador": RUSGOV). See {@code TitleChain}.
 *   <li><b>Dictionary entries</b>, longest first. Country names and adjective demonyms
 *       ("Russia", "Russian", "Azeri", "России", "Azərbaycan") are COUNTRY with the bare ISO code;
 *       plural nouns for the people ("Russians", "армяне") are its civilians (RUSCVL, type
 *       COUNTRY). A country word followed by a role noun is one composed actor: "Russian Foreign
 *       Ministry" (RUSGOV, INSTITUTION), "Russian peacekeepers" (RUSMIL), "Azerbaijani diaspora"
 *       (AZECVL, type COUNTRY: a group of people of that country), "Azərbaycan ordusu" (AZEMIL);
 *       a role noun before a country does the same ("МИД России", "government of Armenia", "the
 *       government in Yerevan"), and so does a possessive person ("Aliyev's government").
 *       Named institutions, international organisations (IGO codes) and outlets (MED) come
 *       from their files.
 *   <li><b>Capitals and seats of power are metonyms</b>: "Moscow said", "Baku accused",
 *       "Yerevan's position", "the Kremlin" are the government (ISO+GOV, type GOVERNMENT). Used as
 *       a place they are not actors and are not emitted: after a place preposition or motion
 *       verb ("in Moscow", "to Baku", "from Yerevan", "near Tehran", "visited Ankara", "in the
 *       Kremlin", "в Москве", "դեպի Երևան"), in a locative or ablative case ("Bakıda",
 *       "Մոսկվայում"), in a place compound ("Moscow-based"), before a place noun ("Moscow
 *       region"), as a modifier ("the Baku office"), after "territory of", or coordinated with a
 *       capital just used as a place ("in Moscow and Baku"). A possessive is always the actor,
 *       and so is a capital after a preposition that follows a noun such as "response" or a verb
 *       such as "apologised" ("the response from Baku", "apologised to Moscow"). Country names
 *       follow the same idea with a narrower list ("held in Azerbaijan", "crossed into Georgia"
 *       are locations; "apologised to Armenia" is not), and country words before a territory
 *       noun are territory, not actors ("Russian airspace", "Armenia's Syunik province"). See
 *       {@code PlaceRules}.
 *   <li><b>People</b> are coded by date: the role in force at the article's publication date
 *       (Raisi is IRNGOV in 2022), country + ELI after the last role ended (IRNELI in 2025),
 *       the bare country code before the first began; with no date, the latest role. A family
 *       name alone is the person most recently named in full with that family name in the same
 *       article, known or unknown, except that a mention with a title before it ("President
 *       Ilham Aliyev") does not take a family name over from someone introduced earlier
 *       ("political commentator Ramiz Aliyev ... President Ilham Aliyev's policy ... Aliyev
 *       added" is Ramiz); with no such mention, the dictionary person with that family name in
 *       office at the date. A capitalised word one edit from a known family name of six letters
 *       or more ("Poskov") is that name. See {@code PersonFinder}.
 *   <li><b>Unknown names</b>: two to five capitalised words that are neither stop words nor
 *       dictionary entries are a PERSON when the last word is a known family name or ends like
 *       one ("-yan", "-ov", "-shvili"); other such runs are UNRESOLVED (code and country empty)
 *       for review. Lines in title case without a final period (headlines) produce no unknown
 *       names. An unknown person's code is empty unless a title chain states the country: then
 *       it is the country plus the role of the title or cue ("Azerbaijani analyst Tural
 *       Huseynov" is AZEELI).
 * </ol>
 *
 * <p>Names are matched case-sensitively as written in the data, with two allowances: a
 * capitalised first letter also matches a lower-case dictionary word (sentence starts), and an
 * ALL-CAPS word matches case-insensitively with the Turkish dotted and dotless I folded to I.
 * Russian, Armenian and Azerbaijani forms match in all their case forms. The data files are
 * script-distinct, so every language's entries apply to every article and the article's language
 * is not needed: mixed-language text works too.
 *
 * <p>Requires {@link Layer#SENTENCES} and {@link Layer#TOKENS}; provides {@link Layer#ACTORS}.
 * Immutable and thread-safe: per-article state lives in objects created per call.
 */
public final class ActorStage implements Stage {
  private final ActorDictionary dictionary;

  /** A stage over {@code dictionary}. */
  public ActorStage(ActorDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  /** A stage with the bundled dictionaries. */
  public static ActorStage create() {
    return new ActorStage(ActorDictionary.load());
  }

  /** The dictionary this stage matches against. */
  public ActorDictionary dictionary() {
    return dictionary;
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.ACTORS);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    String text = in.text();
    if (text.isEmpty() || in.tokens().size() == 0) {
      return in.withActors(List.of());
    }
    ArticleWords words = new ArticleWords(text, in.tokens(), in.sentences(),
        dictionary.vocabulary);
    List<ActorMention> mentions = new MentionFinder(dictionary, words, in.article().published(),
        dictionary.outletCountry(in.article().source())).find();
    return in.withActors(mentions);
  }
}
