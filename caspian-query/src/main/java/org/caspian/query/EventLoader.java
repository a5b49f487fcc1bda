package org.caspian.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.caspian.store.lucene.Schema;

/** Reads event documents back as {@link DyadEvent}s from their stored fields. */
final class EventLoader {
  private EventLoader() {}

  static List<DyadEvent> load(IndexSearcher s, ScoreDoc[] docs) throws IOException {
    StoredFields stored = s.storedFields();
    List<DyadEvent> out = new ArrayList<>(docs.length);
    for (ScoreDoc sd : docs) {
      Document d = stored.document(sd.doc);
      out.add(new DyadEvent(d.get(Schema.ARTICLE_ID), d.get(Schema.ARTICLE_TITLE),
          d.get(Schema.ARTICLE_SOURCE), Schema.day(number(d, Schema.ARTICLE_PUBLISHED)),
          Schema.day(number(d, Schema.DATE)), Boolean.parseBoolean(d.get(Schema.DATE_STATED)),
          d.get(Schema.SRC_CODE), d.get(Schema.SRC_COUNTRY), d.get(Schema.SRC_TEXT),
          d.get(Schema.TGT_CODE), d.get(Schema.TGT_COUNTRY), d.get(Schema.TGT_TEXT),
          d.get(Schema.CAMEO), number(d, Schema.QUAD).intValue(),
          number(d, Schema.GOLDSTEIN).doubleValue(), d.get(Schema.MODALITY),
          d.get(Schema.SENTENCE), number(d, Schema.START).intValue(),
          number(d, Schema.END).intValue(), d.get(Schema.TRIGGER)));
    }
    return out;
  }

  private static Number number(Document d, String field) {
    IndexableField f = d.getField(field);
    return f == null ? null : f.numericValue();
  }
}
