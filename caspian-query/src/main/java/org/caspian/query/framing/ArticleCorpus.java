package org.caspian.query.framing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.caspian.model.Span;
import org.caspian.store.lucene.MetaFields;
import org.caspian.store.lucene.Schema;
import org.caspian.store.lucene.SearcherSource;

/** Loads articles (text, sentences, outlet, side) from the index for text comparisons. */
public final class ArticleCorpus {
  private static final Set<String> FIELDS = Set.of(Schema.ARTICLE_ID, Schema.SOURCE, Schema.URL,
      Schema.PUBLISHED, Schema.TEXT, Schema.JSON);

  private final SearcherSource source;
  private final OutletSides sides;
  private final ObjectMapper mapper = new ObjectMapper();

  /** Reads through {@code source}; sides from {@code sides}. */
  public ArticleCorpus(SearcherSource source, OutletSides sides) {
    this.source = Objects.requireNonNull(source, "source");
    this.sides = Objects.requireNonNull(sides, "sides");
  }

  /** The articles published between {@code from} and {@code to} (either may be null = open). */
  public List<CorpusArticle> published(LocalDate from, LocalDate to) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder()
        .add(Schema.kind(Schema.KIND_ARTICLE), Occur.FILTER);
    if (from != null || to != null) {
      q.add(LongPoint.newRangeQuery(Schema.PUBLISHED,
          from == null ? Long.MIN_VALUE : from.toEpochDay(),
          to == null ? Long.MAX_VALUE : to.toEpochDay()), Occur.FILTER);
    }
    return load(q.build());
  }

  /** The articles with these ids (unknown ids are skipped). */
  public List<CorpusArticle> byIds(Collection<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<BytesRef> terms = new ArrayList<>();
    ids.forEach(id -> terms.add(new BytesRef(id)));
    Query q = new BooleanQuery.Builder()
        .add(Schema.kind(Schema.KIND_ARTICLE), Occur.FILTER)
        .add(new TermInSetQuery(Schema.ARTICLE_ID, terms), Occur.FILTER)
        .build();
    return load(q);
  }

  private List<CorpusArticle> load(Query q) throws IOException {
    return source.withSearcher(s -> {
      int n = s.count(q);
      List<CorpusArticle> out = new ArrayList<>(n);
      if (n == 0) {
        return out;
      }
      TopDocs top = s.search(q, n);
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc, FIELDS);
        out.add(article(d));
      }
      return out;
    });
  }

  private CorpusArticle article(Document d) throws IOException {
    String text = nz(d.get(Schema.TEXT));
    List<Span> spans = new ArrayList<>();
    String json = d.get(Schema.JSON);
    if (json != null) {
      JsonNode sentences = mapper.readTree(json).path("sentences");
      for (JsonNode s : sentences) {
        int start = s.path(0).asInt();
        int end = s.path(1).asInt();
        if (start >= 0 && end <= text.length() && start < end) {
          spans.add(new Span(start, end));
        }
      }
    }
    if (spans.isEmpty() && !text.isEmpty()) {
      spans.add(new Span(0, text.length()));
    }
    IndexableField day = d.getField(Schema.PUBLISHED);
    String outlet = nz(d.get(Schema.SOURCE));
    String url = nz(d.get(Schema.URL));
    // The outlet registry's country, resolved at ingest, first; the bundled table for indexes
    // written before the registry.
    String registered = d.get(MetaFields.OUTLET_COUNTRY);
    String side = registered != null && !registered.isEmpty() ? registered
        : sides.side(outlet, url);
    return new CorpusArticle(d.get(Schema.ARTICLE_ID), outlet, url,
        day == null ? null : Schema.day(day.numericValue()), side, text, spans);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
