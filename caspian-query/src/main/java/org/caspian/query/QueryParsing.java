package org.caspian.query;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns query text into a Lucene query over some fields, words joined by AND; a blank query or
 * {@code *} matches everything. The text is checked against {@link QueryLimits} first.
 */
final class QueryParsing {
  private QueryParsing() {}

  /**
   * Parses {@code text}.
   *
   * @param fields the fields searched when the query names none
   * @param boosts their weights
   * @throws IllegalArgumentException with the parser's first line when it does not parse
   */
  static Query parse(String text, String[] fields, Map<String, Float> boosts,
      Analyzer analyzer) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty() || t.equals("*")) {
      return new MatchAllDocsQuery();
    }
    QueryLimits.check(t);
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(fields, analyzer, boosts);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    try {
      Query q = parser.parse(t);
      return q == null ? new MatchNoDocsQuery() : q; // nothing searchable left after analysis
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException("cannot parse query: " + t + " ("
          + firstLine(e.getMessage()) + ")", e);
    } catch (StackOverflowError e) { // QueryLimits should make this unreachable
      throw new IllegalArgumentException("query is nested too deeply: " + abbreviate(t));
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
