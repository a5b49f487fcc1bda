package org.caspian.query.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.caspian.model.Modality;
import org.caspian.query.ActorSides;
import org.caspian.store.lucene.Schema;
import org.caspian.store.lucene.SearcherSource;

/**
 * Reads the events matching an {@link EventFilter}, by date (undated ones last), then in index
 * order (an article's events in text order), each joined with its article's address, language and
 * tone. Thread-safe; each call reads one consistent view of the index.
 */
public final class EventReader {
  /** Receives events one at a time. */
  @FunctionalInterface
  public interface Sink {
    /** Takes one event. */
    void accept(EventRecord e) throws IOException;
  }

  private static final Set<String> ARTICLE_FIELDS = Set.of(Schema.URL, Schema.LANGUAGE,
      Schema.JSON, Schema.TEXT);

  private final SearcherSource source;
  private final ObjectMapper mapper = new ObjectMapper();

  /** Reads through {@code source} (a Lucene store). */
  public EventReader(SearcherSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Every matching event, in order. */
  public List<EventRecord> read(EventFilter filter) throws IOException {
    List<EventRecord> out = new ArrayList<>();
    scan(filter, out::add);
    return out;
  }

  /** Streams every matching event to {@code sink}, in order. */
  public void scan(EventFilter filter, Sink sink) throws IOException {
    Query q = query(filter);
    source.withSearcher(s -> {
      int n = s.count(q);
      if (n == 0) {
        return null;
      }
      SortField byDate = new SortField(Schema.DATE, SortField.Type.LONG);
      byDate.setMissingValue(Long.MAX_VALUE);
      TopDocs top = s.search(q, n, new Sort(byDate, SortField.FIELD_DOC));
      StoredFields stored = s.storedFields();
      Map<String, ArticleFacts> facts = new HashMap<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc);
        String id = d.get(Schema.ARTICLE_ID);
        ArticleFacts f = facts.get(id);
        if (f == null) {
          f = facts(s, id);
          facts.put(id, f);
        }
        sink.accept(record(d, f));
      }
      return null;
    });
  }

  /** What an event takes from its article; {@code leadEnd} is where the first paragraph ends. */
  private record ArticleFacts(String url, String language, double tone, int leadEnd) {}

  private ArticleFacts facts(IndexSearcher s, String id) throws IOException {
    TopDocs top = s.search(Schema.article(id), 1);
    if (top.scoreDocs.length == 0) {
      return new ArticleFacts("", "", 0, 0);
    }
    Document d = s.storedFields().document(top.scoreDocs[0].doc, ARTICLE_FIELDS);
    double tone = 0;
    String json = d.get(Schema.JSON);
    if (json != null) {
      tone = tone(json);
    }
    return new ArticleFacts(nz(d.get(Schema.URL)), nz(d.get(Schema.LANGUAGE)), tone,
        leadEnd(nz(d.get(Schema.TEXT))));
  }

  /** The top-level "tone" of an article's JSON, read by streaming past everything else. */
  private double tone(String json) throws IOException {
    try (JsonParser p = mapper.getFactory().createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return 0;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("tone".equals(name) && value != null && value.isNumeric()) {
          return p.getDoubleValue();
        }
        p.skipChildren();
      }
      return 0;
    }
  }

  /** End of the first paragraph: the first blank line, else the first line break, else the end. */
  static int leadEnd(String text) {
    String body = text.stripLeading();
    int skipped = text.length() - body.length();
    int blank = body.indexOf("\n\n");
    int br = body.indexOf('\n');
    int end = blank >= 0 ? blank : br >= 0 ? br : body.length();
    return skipped + end;
  }

  private static EventRecord record(Document d, ArticleFacts f) {
    return new EventRecord(d.get(Schema.ARTICLE_ID), intValue(d, Schema.ORDINAL),
        Schema.day(number(d, Schema.DATE)), Boolean.parseBoolean(d.get(Schema.DATE_STATED)),
        nz(d.get(Schema.SRC_CODE)), nz(d.get(Schema.SRC_COUNTRY)), nz(d.get(Schema.SRC_TEXT)),
        nz(d.get(Schema.TGT_CODE)), nz(d.get(Schema.TGT_COUNTRY)), nz(d.get(Schema.TGT_TEXT)),
        nz(d.get(Schema.CAMEO)), nz(d.get(Schema.PLOVER)), intValue(d, Schema.QUAD),
        number(d, Schema.GOLDSTEIN) == null ? 0 : number(d, Schema.GOLDSTEIN).doubleValue(),
        nz(d.get(Schema.MODALITY)), nz(d.get(Schema.ATTRIBUTION)), nz(d.get(Schema.TRIGGER)),
        nz(d.get(Schema.SENTENCE)), intValue(d, Schema.START), intValue(d, Schema.END),
        nz(d.get(Schema.ARTICLE_SOURCE)), nz(d.get(Schema.ARTICLE_TITLE)),
        Schema.day(number(d, Schema.ARTICLE_PUBLISHED)), f.url(), f.language(), f.tone(),
        intValue(d, Schema.START) < f.leadEnd());
  }

  /** The Lucene query for {@code f}: event documents only. */
  static Query query(EventFilter f) {
    BooleanQuery.Builder q = new BooleanQuery.Builder()
        .add(Schema.kind(Schema.KIND_EVENT), Occur.FILTER);
    if (f.dyadA() != null) {
      q.add(new BooleanQuery.Builder()
          .add(ActorSides.direction(f.dyadA(), f.dyadB()), Occur.SHOULD)
          .add(ActorSides.direction(f.dyadB(), f.dyadA()), Occur.SHOULD)
          .setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
    }
    if (f.actor() != null) {
      q.add(new BooleanQuery.Builder()
          .add(ActorSides.source(f.actor()), Occur.SHOULD)
          .add(ActorSides.target(f.actor()), Occur.SHOULD)
          .setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
    }
    if (f.from() != null || f.to() != null) {
      long lo = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
      long hi = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
      q.add(LongPoint.newRangeQuery(Schema.DATE, lo, hi), Occur.FILTER);
    }
    if (!f.includeAll()) {
      q.add(new TermQuery(new Term(Schema.MODALITY, Modality.ASSERTED.label())), Occur.FILTER);
    }
    return q.build();
  }

  private static Number number(Document d, String field) {
    IndexableField f = d.getField(field);
    return f == null ? null : f.numericValue();
  }

  private static int intValue(Document d, String field) {
    Number n = number(d, field);
    return n == null ? 0 : n.intValue();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
