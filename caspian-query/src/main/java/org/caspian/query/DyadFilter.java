package org.caspian.query;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import java.util.Set;
import java.util.TreeSet;
import org.caspian.model.Modality;
import org.caspian.store.lucene.MetaFields;
import org.caspian.store.lucene.Schema;

/**
 * Which articles' events a dyad series counts.
 *
 * @param outletSide only articles whose registry outlet has this side ("state", "independent",
 *     "exile", ...); empty for any article, with or without a known outlet
 * @param skipCopies leave out articles marked as near-duplicates of one seen earlier, so a story
 *     syndicated by many outlets counts once
 * @param modalities only events of these modalities ("asserted", "claimed", "hypothetical", ...);
 *     empty for no restriction beyond the series' own (asserted only unless all are asked for).
 *     To count claimed or hypothetical events the series must be asked for all of them.
 */
public record DyadFilter(String outletSide, boolean skipCopies, Set<String> modalities) {
  /** Every article counts. */
  public static final DyadFilter NONE = new DyadFilter("", false);

  public DyadFilter {
    outletSide = outletSide == null ? "" : outletSide.strip();
    modalities = modalities == null ? Set.of() : Set.copyOf(new TreeSet<>(modalities));
  }

  /** Every modality of the series counts. */
  public DyadFilter(String outletSide, boolean skipCopies) {
    this(outletSide, skipCopies, Set.of());
  }

  /**
   * A filter on modalities only, each checked against {@link Modality}.
   *
   * @throws IllegalArgumentException naming a value that is not a modality
   */
  public static DyadFilter modalities(Set<String> names) {
    Set<String> out = new TreeSet<>();
    for (String n : names) {
      String v = n.strip().toUpperCase(java.util.Locale.ROOT);
      try {
        out.add(Modality.valueOf(v).label());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("modality must be one of asserted, claimed, "
            + "hypothetical, planned, negated, not: " + n);
      }
    }
    return new DyadFilter("", false, out);
  }

  /** {@code events} restricted by this filter. */
  Query apply(Query events) {
    if (outletSide.isEmpty() && !skipCopies && modalities.isEmpty()) {
      return events;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(events, Occur.MUST);
    if (!outletSide.isEmpty()) {
      q.add(new TermQuery(new Term(MetaFields.OUTLET_SIDE, outletSide)), Occur.FILTER);
    }
    if (!modalities.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      modalities.forEach(m -> any.add(new TermQuery(new Term(Schema.MODALITY, m)), Occur.SHOULD));
      q.add(any.setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
    }
    if (skipCopies) {
      q.add(new TermQuery(new Term(MetaFields.ARTICLE_COPY, "true")), Occur.MUST_NOT);
    }
    return q.build();
  }
}
