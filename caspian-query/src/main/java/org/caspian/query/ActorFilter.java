package org.caspian.query;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.caspian.analysis.actors.ActorDictionary;
import org.caspian.store.lucene.Schema;

/**
 * Turns an actor as a user names it into the articles that mention it, in every language. A
 * person's name in any spelling the actor dictionary knows ("Пашинян", "Փաշինյան", "Paşinyan",
 * "Pashinyan", "Nikol Pashinyan") becomes the canonical name the index keeps for every mention of
 * that person, whatever the language of the article ({@link Schema#ACTOR_NAME}); an upper-case
 * code ("ARMGOV", "ARM") matches the actor codes and countries; anything else is taken as a
 * canonical name ("Russia"). Thread-safe; the dictionary is loaded on first use.
 */
final class ActorFilter {
  private static final Pattern CODE = Pattern.compile("[A-Z]{3,12}");

  private final Function<String, Optional<String>> personNames;

  /** Resolves people with the bundled actor dictionary, loaded on the first actor asked for. */
  ActorFilter() {
    this(new LazyPersonNames());
  }

  /** Resolves people with {@code personNames} (a spelling to a canonical name). */
  ActorFilter(Function<String, Optional<String>> personNames) {
    this.personNames = personNames;
  }

  /**
   * The articles mentioning {@code actor}.
   *
   * @throws IllegalArgumentException when the actor is blank
   */
  Query query(String actor) {
    String a = actor == null ? "" : actor.strip();
    if (a.isEmpty()) {
      throw new IllegalArgumentException("actor is blank");
    }
    if (CODE.matcher(a).matches()) {
      return new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Schema.ACTOR, a)), Occur.SHOULD)
          .add(new TermQuery(new Term(Schema.ACTOR_COUNTRY, a)), Occur.SHOULD)
          .build();
    }
    String name = personNames.apply(a).orElse(a);
    return new TermQuery(new Term(Schema.ACTOR_NAME, name));
  }

  /**
   * What {@code actor:TEXT} in a query means: an upper-case code matches the actor codes exactly,
   * as it always did ({@code actor:ARMGOV}); a person in any spelling the dictionary knows
   * ({@code actor:Пашинян}, {@code actor:"Nikol Pashinyan"}) or a canonical name matches {@link
   * Schema#ACTOR_NAME}.
   */
  Query fieldQuery(String text) {
    String a = text.strip();
    if (CODE.matcher(a).matches()) {
      return new TermQuery(new Term(Schema.ACTOR, a));
    }
    return new TermQuery(new Term(Schema.ACTOR_NAME, personNames.apply(a).orElse(a)));
  }

  /** The dictionary's person lookup, loading the dictionary once on first use. */
  private static final class LazyPersonNames implements Function<String, Optional<String>> {
    private volatile ActorDictionary dictionary;

    @Override
    public Optional<String> apply(String spelling) {
      return dictionary().lookupPerson(spelling, null).map(ActorDictionary.PersonInfo::name);
    }

    private ActorDictionary dictionary() {
      ActorDictionary d = dictionary;
      if (d == null) {
        synchronized (this) {
          d = dictionary;
          if (d == null) {
            d = ActorDictionary.load();
            dictionary = d;
          }
        }
      }
      return d;
    }
  }
}
