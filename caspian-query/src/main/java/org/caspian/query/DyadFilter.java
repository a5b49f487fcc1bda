package org.caspian.query;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.caspian.store.lucene.MetaFields;

/**
 * Which articles' events a dyad series counts.
 *
 * @param outletSide only articles whose registry outlet has this side ("state", "independent",
 *     "exile", ...); empty for any article, with or without a known outlet
 * @param skipCopies leave out articles marked as near-duplicates of one seen earlier, so a story
 *     syndicated by many outlets counts once
 */
public record DyadFilter(String outletSide, boolean skipCopies) {
  /** Every article counts. */
  public static final DyadFilter NONE = new DyadFilter("", false);

  public DyadFilter {
    outletSide = outletSide == null ? "" : outletSide.strip();
  }

  /** {@code events} restricted by this filter. */
  Query apply(Query events) {
    if (outletSide.isEmpty() && !skipCopies) {
      return events;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(events, Occur.MUST);
    if (!outletSide.isEmpty()) {
      q.add(new TermQuery(new Term(MetaFields.OUTLET_SIDE, outletSide)), Occur.FILTER);
    }
    if (skipCopies) {
      q.add(new TermQuery(new Term(MetaFields.ARTICLE_COPY, "true")), Occur.MUST_NOT);
    }
    return q.build();
  }
}
