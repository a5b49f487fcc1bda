package org.caspian.query;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.caspian.store.lucene.Schema;

/**
 * Event filters on who acted and who was acted upon: an actor is a country ("RUS", any Russian
 * actor) or a full code ("RUSGOV"), matched on the event's source or target. Shared by the dyad
 * series and the event reader.
 */
public final class ActorSides {
  private ActorSides() {}

  /** Events from {@code from} to {@code to}. */
  public static Query direction(String from, String to) {
    return new BooleanQuery.Builder()
        .add(source(from), Occur.FILTER)
        .add(target(to), Occur.FILTER)
        .build();
  }

  /** Events whose source is {@code actor}. */
  public static Query source(String actor) {
    return side(Schema.SRC_COUNTRY, Schema.SRC_CODE, actor);
  }

  /** Events whose target is {@code actor}. */
  public static Query target(String actor) {
    return side(Schema.TGT_COUNTRY, Schema.TGT_CODE, actor);
  }

  private static Query side(String countryField, String codeField, String actor) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(countryField, actor)), Occur.SHOULD)
        .add(new TermQuery(new Term(codeField, actor)), Occur.SHOULD)
        .setMinimumNumberShouldMatch(1)
        .build();
  }
}
