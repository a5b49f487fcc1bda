package org.caspian.analysis.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caspian.model.CameoTaxonomy;

/**
 * Language-independent coding rules read from data: which codes may link two actors of the same
 * country ({@code domestic_codes.tsv}) and which code a verb with an embedded act takes ({@code
 * embedded_codes.tsv}). Immutable.
 */
final class CodingRules {
  private final Set<String> domestic;
  private final Map<String, String> embedded;

  private CodingRules(Set<String> domestic, Map<String, String> embedded) {
    this.domestic = Set.copyOf(domestic);
    this.embedded = Map.copyOf(embedded);
  }

  /** Builds the rules from the rows of {@code domestic_codes.tsv} and {@code embedded_codes.tsv}. */
  static CodingRules of(List<String[]> domesticRows, List<String[]> embeddedRows,
      CameoTaxonomy taxonomy) {
    Set<String> dom = new HashSet<>();
    for (String[] f : domesticRows) {
      dom.add(f[0]);
    }
    Map<String, String> emb = new HashMap<>();
    for (String[] f : embeddedRows) {
      if (f.length != 3 || taxonomy.get(f[2]).isEmpty()) {
        throw new IllegalArgumentException("embedded_codes.tsv: " + String.join(" ", f)
            + ": expected family, prefix, known CAMEO code");
      }
      emb.put(f[0] + "/" + f[1], f[2]);
    }
    return new CodingRules(dom, emb);
  }

  /** Whether {@code code} may link two different actors of one country. */
  boolean domestic(String code) {
    for (int len = code.length(); len >= 2; len--) {
      if (domestic.contains(code.substring(0, len))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Code of a {@code family} verb whose embedded act has code {@code inner}, longest prefix first;
   * null when the table has nothing for it.
   */
  String embedded(String family, String inner) {
    for (int len = inner.length(); len >= 2; len--) {
      String c = embedded.get(family + "/" + inner.substring(0, len));
      if (c != null) {
        return c;
      }
    }
    return null;
  }
}
