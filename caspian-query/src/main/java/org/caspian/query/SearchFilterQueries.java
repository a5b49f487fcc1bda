package org.caspian.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.caspian.store.lucene.MetaFields;
import org.caspian.store.lucene.Schema;

/**
 * Builds the Lucene filter for {@link SearchFilters}. Articles and events carry the same keyword
 * fields (outlet, language, actor code and country, CAMEO root); only the date field differs.
 * Outlet country and side are the fields the outlet registry filled at ingest.
 */
final class SearchFilterQueries {
  /** A country code in any case ("rus"); codes in capitals are the actor filter's own. */
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");

  private final ActorFilter actors;

  SearchFilterQueries(ActorFilter actors) {
    this.actors = actors;
  }

  /** Adds the filters to {@code q}; {@code dateField} holds epoch days. */
  void addTo(BooleanQuery.Builder q, SearchFilters f, String dateField, IndexReader reader)
      throws IOException {
    anyOf(q, Schema.SOURCE, f.outlets());
    anyOf(q, MetaFields.OUTLET_COUNTRY, upper(f.outletCountries()));
    anyOf(q, MetaFields.OUTLET_SIDE, lower(f.outletSides()));
    anyOf(q, Schema.LANGUAGE, lower(f.languages()));
    if (!f.actors().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String a : f.actors()) {
        // "RUS", "rus", "RUSGOV": a country or code; else a person in any spelling ("Пашинян")
        String v = a.strip();
        any.add(actors.query(COUNTRY.matcher(v).matches() ? v.toUpperCase(Locale.ROOT) : v),
            Occur.SHOULD);
      }
      q.add(any.setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
    }
    anyOf(q, Schema.ROOT, roots(f.eventTypes()));
    if (f.from() != null || f.to() != null) {
      long from = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
      long to = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
      q.add(LongPoint.newRangeQuery(dateField, from, to), Occur.FILTER);
    }
  }

  private static void anyOf(BooleanQuery.Builder q, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      any.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
    }
    q.add(any.setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
  }

  private static List<String> roots(List<String> types) {
    List<String> out = new ArrayList<>();
    for (String t : types) {
      String s = t.strip();
      if (s.length() < 2 || !Character.isDigit(s.charAt(0)) || !Character.isDigit(s.charAt(1))) {
        throw new IllegalArgumentException(
            "parameter type must be a CAMEO code or root of two digits such as 19, not: " + t);
      }
      out.add(s.substring(0, 2));
    }
    return out;
  }

  private static List<String> upper(List<String> values) {
    return values.stream().map(v -> v.strip().toUpperCase(Locale.ROOT)).toList();
  }

  private static List<String> lower(List<String> values) {
    return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
  }
}
