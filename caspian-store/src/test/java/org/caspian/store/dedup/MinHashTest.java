package org.caspian.store.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {
  private final MinHash minHash = new MinHash();

  private static final String A = "The foreign ministers of Armenia and Azerbaijan met in "
      + "Washington on Monday to discuss the text of a peace treaty, the State Department said, "
      + "adding that both sides had agreed to continue talks on border delimitation next month "
      + "and to open new transport links across the region.";
  private static final String UNRELATED = "Iran's parliament approved the budget on Sunday after "
      + "a long debate over fuel subsidies, with deputies voting to raise the price of petrol "
      + "for private cars while keeping support for public transport and farmers unchanged this "
      + "year, state media reported.";

  /** Exact Jaccard similarity of the 4-word shingle sets, computed independently. */
  private static double jaccard(String x, String y) {
    Set<String> a = shingles(x);
    Set<String> b = shingles(y);
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return inter.size() / (double) union.size();
  }

  private static Set<String> shingles(String s) {
    List<String> w = List.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    w = w.stream().filter(t -> !t.isEmpty()).toList();
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 4 <= w.size(); i++) {
      out.add(String.join(" ", w.subList(i, i + 4)));
    }
    return out;
  }

  @Test
  void identical_texts_differing_in_case_and_punctuation_have_similarity_one() {
    int[] a = minHash.signature(A);
    int[] b = minHash.signature(A.toUpperCase(Locale.ROOT).replace(",", " ;"));
    assertThat(MinHash.similarity(a, b)).isEqualTo(1.0);
  }

  @Test
  void the_estimate_follows_the_exact_jaccard_similarity() {
    String edited = A.replace("Monday", "Tuesday").replace("next month", "in the autumn");
    String half = A.substring(0, A.indexOf(", adding"));
    for (String other : List.of(edited, half, UNRELATED)) {
      double exact = jaccard(A, other);
      assertThat(MinHash.similarity(minHash.signature(A), minHash.signature(other)))
          .as(other).isCloseTo(exact, within(0.15));
    }
    assertThat(MinHash.similarity(minHash.signature(A), minHash.signature(UNRELATED)))
        .isLessThan(0.1);
  }

  @Test
  void short_texts_get_no_signature_and_any_script_is_read() {
    assertThat(minHash.signature("Talks resumed in Brussels today.")).isNull();
    String armenian = "Հայաստանի և Ադրբեջանի արտաքին գործերի նախարարները հանդիպեցին "
        + "Վաշինգտոնում երկուշաբթի օրը խաղաղության պայմանագրի տեքստը քննարկելու համար և "
        + "պայմանավորվեցին շարունակել բանակցությունները";
    assertThat(minHash.signature(armenian)).isNotNull();
    assertThat(MinHash.similarity(minHash.signature(armenian),
        minHash.signature(armenian.replace("երկուշաբթի", "երեքշաբթի")))).isBetween(0.5, 0.99);
  }

  @Test
  void signatures_survive_storing_as_bytes_and_give_sixteen_band_keys() {
    int[] sig = minHash.signature(A);
    byte[] bytes = Bands.toBytes(sig);
    assertThat(Bands.fromBytes(bytes, 0, bytes.length)).containsExactly(sig);
    assertThat(Bands.fromBytes(bytes, 0, 10)).isNull();
    assertThat(Bands.keys(sig)).hasSize(Bands.BANDS).doesNotHaveDuplicates();
    assertThat(Bands.keys(sig)).isEqualTo(Bands.keys(new MinHash().signature(A)));
  }
}
