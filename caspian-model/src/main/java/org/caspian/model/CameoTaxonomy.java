package org.caspian.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO code book as data: loaded from {@code /org/caspian/model/cameo.tsv} (columns code,
 * goldstein, quad, plover, description; GDELT's Goldstein table). Immutable and thread-safe.
 */
public final class CameoTaxonomy {
  private final Map<String, CameoCode> codes;

  private CameoTaxonomy(Map<String, CameoCode> codes) {
    this.codes = Map.copyOf(codes);
  }

  /** Loads the bundled table. */
  public static CameoTaxonomy load() {
    try (InputStream in = CameoTaxonomy.class.getResourceAsStream("cameo.tsv")) {
      if (in == null) {
        throw new IllegalStateException("cameo.tsv missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CameoTaxonomy parse(BufferedReader reader) throws IOException {
    Map<String, CameoCode> map = new LinkedHashMap<>();
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        throw new IllegalArgumentException("cameo.tsv line " + n + ": expected 5 columns");
      }
      String code = f[0];
      map.put(code, new CameoCode(code, code.substring(0, 2), f[4],
          Double.parseDouble(f[1]), Integer.parseInt(f[2]), f[3]));
    }
    return new CameoTaxonomy(map);
  }

  public Optional<CameoCode> get(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** The code, or throws naming it. */
  public CameoCode require(String code) {
    CameoCode c = codes.get(code);
    if (c == null) {
      throw new IllegalArgumentException("unknown CAMEO code: " + code);
    }
    return c;
  }

  public Collection<CameoCode> all() {
    return codes.values();
  }
}
