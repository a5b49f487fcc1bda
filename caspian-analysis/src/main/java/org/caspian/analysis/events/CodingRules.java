package org.caspian.analysis.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
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

  static CodingRules read(BufferedReader domesticFile, BufferedReader embeddedFile,
      CameoTaxonomy taxonomy) throws IOException {
    Set<String> dom = new HashSet<>();
    for (String line = domesticFile.readLine(); line != null; line = domesticFile.readLine()) {
      if (!line.isBlank() && !line.startsWith("#")) {
        dom.add(line.strip());
      }
    }
    Map<String, String> emb = new HashMap<>();
    int n = 0;
    for (String line = embeddedFile.readLine(); line != null; line = embeddedFile.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 3 || taxonomy.get(f[2].strip()).isEmpty()) {
        throw new IllegalArgumentException("embedded_codes.tsv line " + n
            + ": expected family, prefix, known CAMEO code");
      }
      emb.put(f[0].strip() + "/" + f[1].strip(), f[2].strip());
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
