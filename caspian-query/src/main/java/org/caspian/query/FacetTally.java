package org.caspian.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.caspian.store.lucene.Schema;

/**
 * Counts facet values over the documents a search matched, from doc values (the outlet's country
 * and side are indexed facets, resolved at ingest by the outlet registry). At most {@value #VALUES} values per dimension, most frequent first.
 * Thread-safe; the facet ordinals are rebuilt when the reader changes.
 */
final class FacetTally {
  static final int VALUES = 10;
  private final FacetsConfig config = Schema.facetsConfig();
  private final AtomicReference<SortedSetDocValuesReaderState> state = new AtomicReference<>();


  /** Counts for each of {@code dims}, in that order; a dimension with no value has an empty list. */
  Map<String, List<FacetCount>> count(IndexReader reader, FacetsCollector fc, List<String> dims)
      throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState st = state(reader);
    SortedSetDocValuesFacetCounts counts =
        st == null ? null : new SortedSetDocValuesFacetCounts(st, fc);
    for (String dim : dims) {
      out.put(dim, top(counts, dim));
    }
    return out;
  }

  private static List<FacetCount> top(SortedSetDocValuesFacetCounts counts, String dim)
      throws IOException {
    List<FacetCount> values = new ArrayList<>();
    FacetResult r = result(counts, dim, false);
    if (r != null) {
      for (LabelAndValue lv : r.labelValues) {
        values.add(new FacetCount(lv.label, lv.value.longValue()));
      }
    }
    return values;
  }

  private static FacetResult result(SortedSetDocValuesFacetCounts counts, String dim, boolean all)
      throws IOException {
    if (counts == null) {
      return null;
    }
    try {
      return all ? counts.getAllChildren(dim) : counts.getTopChildren(VALUES, dim);
    } catch (IllegalArgumentException e) {
      return null; // no document has a value for this dimension yet
    }
  }

  private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    SortedSetDocValuesReaderState st = state.get();
    if (st != null && st.getReader() == reader) {
      return st;
    }
    if (FieldInfos.getMergedFieldInfos(reader)
        .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null) {
      return null;
    }
    st = new DefaultSortedSetDocValuesReaderState(reader, config);
    state.set(st);
    return st;
  }
}
