package org.caspian.query.alert;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.caspian.store.lucene.Schema;
import org.caspian.store.lucene.SearcherSource;

/**
 * Parses and runs the saved queries of alerts: Lucene query syntax over article title and text,
 * words ANDed, as {@code caspian search}; at most {@value #MAX_DEPTH} levels of brackets.
 */
final class AlertQueries {
  /** Deepest bracket nesting a saved query may have. */
  static final int MAX_DEPTH = 20;
  /** Most matches one check reads per alert. */
  static final int MAX_MATCHES = 10_000;

  private static final Set<String> FIELDS = Set.of(Schema.ARTICLE_ID, Schema.TITLE, Schema.SOURCE,
      Schema.URL, Schema.PUBLISHED);

  /** One matching article. */
  record Match(String id, String title, String outlet, String url, LocalDate published) {}

  private final SearcherSource source;

  AlertQueries(SearcherSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * The query for {@code text}.
   *
   * @throws IllegalArgumentException naming the query when it is empty, too deep or malformed
   */
  static Query parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("an alert query is empty");
    }
    int depth = 0;
    int max = 0;
    for (char c : text.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      max = Math.max(max, depth);
    }
    if (max > MAX_DEPTH) {
      throw new IllegalArgumentException("alert query nests brackets " + max + " deep; at most "
          + MAX_DEPTH + " allowed");
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(
        new String[] {Schema.TITLE, Schema.TEXT}, Schema.analyzer(),
        Map.of(Schema.TITLE, 2f, Schema.TEXT, 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    try {
      Query q = parser.parse(text);
      if (q == null) {
        throw new IllegalArgumentException("alert query has no searchable word: " + text);
      }
      return q;
    } catch (ParseException | RuntimeException | StackOverflowError e) {
      String msg = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst()
          .orElse("syntax error");
      throw new IllegalArgumentException("cannot parse alert query: " + text + " (" + msg + ")",
          e);
    }
  }

  /** The articles matching {@code text}, newest first by index order. */
  List<Match> matches(String text) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(Schema.kind(Schema.KIND_ARTICLE), Occur.FILTER)
        .add(parse(text), Occur.MUST)
        .build();
    return source.withSearcher(s -> {
      TopDocs top = s.search(q, MAX_MATCHES);
      List<Match> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = s.storedFields().document(sd.doc, FIELDS);
        IndexableField day = d.getField(Schema.PUBLISHED);
        out.add(new Match(d.get(Schema.ARTICLE_ID), nz(d.get(Schema.TITLE)),
            nz(d.get(Schema.SOURCE)), nz(d.get(Schema.URL)),
            day == null ? null : Schema.day(day.numericValue())));
      }
      return out;
    });
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
