package org.caspian.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.caspian.store.lucene.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counts within the exact limit are exact; past it the total and the facets are estimated from a
 * sample, close to the true counts, and flagged.
 */
class MatchSampleTest {
  private static final int DOCS = 30_000;
  private static final CountLimits LIMITS = new CountLimits(1_000, 2_000);
  private static Directory dir;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws Exception {
    dir = new ByteBuffersDirectory();
    FacetsConfig config = Schema.facetsConfig();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMaxBufferedDocs(7_000))) {
      for (int i = 0; i < DOCS; i++) {
        Document d = new Document();
        d.add(new StringField("w", "all", Field.Store.NO));
        if (i % 40 == 0) {
          d.add(new StringField("w", "rare", Field.Store.NO)); // 750 docs: under the limit
        }
        if (i % 10 == 3) {
          d.add(new StringField("w", "deleted", Field.Store.NO));
        }
        // sources A 1/2, B 1/3, C 1/6, interleaved so every stretch of the index has all three
        String source = i % 6 < 3 ? "A" : i % 6 < 5 ? "B" : "C";
        d.add(new SortedSetDocValuesFacetField(Schema.FACET_SOURCE, source));
        w.addDocument(config.build(d));
      }
      w.deleteDocuments(new Term("w", "deleted")); // 3,000 deleted docs are never counted
    }
    reader = DirectoryReader.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
    dir.close();
  }

  @Test
  void under_the_limit_every_match_is_counted() throws Exception {
    IndexSearcher s = new IndexSearcher(reader);
    MatchSample m = MatchSample.of(s, new TermQuery(new Term("w", "rare")), LIMITS);
    assertThat(m.exact()).isTrue();
    assertThat(m.matched()).isEqualTo(750);
    assertThat(m.scale()).isEqualTo(1.0);
    Map<String, List<FacetCount>> f = new FacetTally().count(reader, m.collector(),
        List.of(Schema.FACET_SOURCE));
    // i % 40 == 0: i % 6 is 0, 4 or 2 in turn, so A (0, 2) twice as often as B (4), C never
    assertThat(f.get(Schema.FACET_SOURCE))
        .containsExactly(new FacetCount("A", 500), new FacetCount("B", 250));
  }

  @Test
  void past_the_limit_a_sample_estimates_the_total_and_the_facets() throws Exception {
    IndexSearcher s = new IndexSearcher(reader);
    MatchSample m = MatchSample.of(s, new TermQuery(new Term("w", "all")), LIMITS);
    assertThat(m.exact()).isFalse();
    assertThat(m.scale()).isGreaterThan(1.0);
    int live = DOCS - DOCS / 10;
    assertThat((double) m.matched()).isBetween(live * 0.9, live * 1.1);
    Map<String, List<FacetCount>> f = new FacetTally().count(reader, m.collector(),
        List.of(Schema.FACET_SOURCE));
    List<FacetCount> sampled = f.get(Schema.FACET_SOURCE);
    assertThat(sampled).extracting(FacetCount::value).containsExactly("A", "B", "C");
    long sampledTotal = sampled.stream().mapToLong(FacetCount::count).sum();
    // between the limit and a little over the sample size were read, not the 27,000 matches
    assertThat(sampledTotal).isBetween(1_000L, 3_000L);
    assertThat(sampled.get(0).count() / (double) sampledTotal).isBetween(0.45, 0.55);
  }

  @Test
  void searches_past_the_limit_are_flagged_and_exact_limits_are_not() throws Exception {
    IndexSearcher s = new IndexSearcher(reader);
    TermQuery all = new TermQuery(new Term("w", "all"));
    List<String> dims = List.of(Schema.FACET_SOURCE);
    FacetedSearch sampled = FacetedSearch.run(s, all, null, PageRequest.first(20), dims,
        new FacetTally(), new CountCache(), LIMITS);
    assertThat(sampled.facetsApproximate()).isTrue();
    assertThat(sampled.totalApproximate()).isTrue();
    assertThat(sampled.page()).hasSize(20);
    assertThat(sampled.facets().get(Schema.FACET_SOURCE).get(0).value()).isEqualTo("A");
    double a = sampled.facets().get(Schema.FACET_SOURCE).get(0).count();
    assertThat(a).isBetween(14_000 * 0.85, 14_000 * 1.15); // scaled to the whole index

    FacetedSearch exact = FacetedSearch.run(s, all, null, PageRequest.first(20), dims,
        new FacetTally(), new CountCache(), CountLimits.EXACT);
    assertThat(exact.facetsApproximate()).isFalse();
    assertThat(exact.totalApproximate()).isFalse();
    assertThat(exact.total()).isEqualTo(27_000);
    assertThat(exact.facets().get(Schema.FACET_SOURCE))
        .containsExactly(new FacetCount("A", 14_000), new FacetCount("B", 9_000),
            new FacetCount("C", 4_000)); // the deleted docs (i % 10 == 3) are A, B, C in turn

    TermQuery rare = new TermQuery(new Term("w", "rare"));
    FacetedSearch under = FacetedSearch.run(s, rare, null, PageRequest.first(20), dims,
        new FacetTally(), new CountCache(), LIMITS);
    FacetedSearch underExact = FacetedSearch.run(s, rare, null, PageRequest.first(20), dims,
        new FacetTally(), new CountCache(), CountLimits.EXACT);
    assertThat(under.totalApproximate()).isFalse();
    assertThat(under.facetsApproximate()).isFalse();
    assertThat(under.total()).isEqualTo(750);
    assertThat(under.facets()).isEqualTo(underExact.facets());
  }
}
