package org.caspian.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.caspian.store.lucene.Schema;
import org.caspian.store.text.LanguageFields;

/**
 * Reads a query in Lucene's syntax against the shared title and text and the title and text fields
 * of every language ({@link LanguageFields}), each word by each field's analyzer, terms joined by
 * AND, titles weighing twice; {@code actor:NAME} goes through {@link ActorFilter}. Thread-safe (a
 * parser is made per query).
 */
final class QueryReader {
  private static final String[] SEARCHED = searched();
  private static final String[] SHARED = {Schema.TITLE, Schema.TEXT};

  private final Analyzer analyzer;
  private final ActorFilter actors;

  QueryReader(Analyzer analyzer, ActorFilter actors) {
    this.analyzer = analyzer;
    this.actors = actors;
  }

  /** The shared title and text, then the title and text fields of every language. */
  private static String[] searched() {
    List<String> fields = new ArrayList<>(List.of(Schema.TITLE, Schema.TEXT));
    fields.addAll(LanguageFields.titles());
    fields.addAll(LanguageFields.texts());
    return fields.toArray(String[]::new);
  }

  /** Titles weigh twice as much as texts, in every language. */
  private static Map<String, Float> boosts() {
    Map<String, Float> out = new HashMap<>();
    out.put(Schema.TITLE, 2f);
    LanguageFields.titles().forEach(f -> out.put(f, 2f));
    return out;
  }

  /**
   * A match in a language's field is highlighted in the stored title or text it indexes: for an
   * article in {@code lang}, only that language's field can hold a match (the others were never
   * filled), so only it is analysed again for the highlights; none for a language without fields.
   * With {@code lang} null, every language's field (the benchmark's baseline).
   */
  static Set<String> maskedFields(String field, String lang) {
    if (lang == null) {
      return field.equals(Schema.TITLE) ? Set.copyOf(LanguageFields.titles())
          : field.equals(Schema.TEXT) ? Set.copyOf(LanguageFields.texts()) : Set.of();
    }
    if (!LanguageFields.covers(lang)) {
      return Set.of();
    }
    if (field.equals(Schema.TITLE)) {
      return Set.of(LanguageFields.title(lang));
    }
    return field.equals(Schema.TEXT) ? Set.of(LanguageFields.text(lang)) : Set.of();
  }

  /**
   * The query {@code text} means, read against every field ({@code allLanguages}) or the shared
   * title and text only.
   *
   * @throws IllegalArgumentException naming the query when it does not parse
   * @throws TooManyClauses when reading it builds more clauses than Lucene allows
   */
  Query read(String text, boolean allLanguages) {
    String[] fields = allLanguages ? SEARCHED : SHARED;
    MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, boosts()) {
      @Override
      protected Query getFieldQuery(String field, String queryText, boolean quoted)
          throws ParseException {
        return Schema.ACTOR.equals(field) ? actors.fieldQuery(queryText)
            : super.getFieldQuery(field, queryText, quoted);
      }

      @Override
      protected Query getFieldQuery(String field, String queryText, int slop)
          throws ParseException {
        return Schema.ACTOR.equals(field) ? actors.fieldQuery(queryText) // a quoted name
            : super.getFieldQuery(field, queryText, slop);
      }
    };
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    try {
      Query q = parser.parse(text);
      return q == null ? new MatchNoDocsQuery() : q; // nothing searchable left after analysis
    } catch (TooManyClauses e) {
      throw e;
    } catch (ParseException | RuntimeException e) {
      if (e.getCause() instanceof TooManyClauses tooMany) {
        throw tooMany;
      }
      throw new IllegalArgumentException("cannot parse query: " + text + " ("
          + firstLine(e.getMessage()) + ")", e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
