package org.caspian.query.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which side (an ISO alpha-3 country) an outlet speaks for, for articles indexed before the outlet
 * registry (which stores the outlet's country at ingest, and wins): from the article's {@code
 * source} field, looked up (ignoring case)
 * in the bundled table {@code outlet-sides.tsv}; an outlet not listed falls back to the country
 * domain of the article's address ({@code .az} gives AZE); otherwise it has no side. Immutable.
 */
public final class OutletSides {
  private static final Map<String, String> DOMAINS = Map.ofEntries(Map.entry("az", "AZE"),
      Map.entry("am", "ARM"), Map.entry("ru", "RUS"), Map.entry("ge", "GEO"),
      Map.entry("ir", "IRN"), Map.entry("tr", "TUR"), Map.entry("ua", "UKR"),
      Map.entry("by", "BLR"), Map.entry("kz", "KAZ"), Map.entry("tm", "TKM"));

  private final Map<String, String> byOutlet;

  private OutletSides(Map<String, String> byOutlet) {
    this.byOutlet = Map.copyOf(byOutlet);
  }

  /** The bundled table. */
  public static OutletSides bundled() {
    try (InputStream in = OutletSides.class.getResourceAsStream("outlet-sides.tsv")) {
      if (in == null) {
        throw new IllegalStateException("outlet-sides.tsv is missing from the classpath");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
          "outlet-sides.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a table of "outlet TAB country" lines ({@code #} comments); errors name the line. */
  static OutletSides read(BufferedReader r, String name) throws IOException {
    Map<String, String> m = new HashMap<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2 || !f[1].trim().matches("[A-Z]{3}")) {
        throw new IllegalArgumentException(name + ":" + n
            + ": expected 'outlet<TAB>ISO alpha-3 country'");
      }
      m.put(f[0].trim().toLowerCase(Locale.ROOT), f[1].trim());
    }
    return new OutletSides(m);
  }

  /** The side of an outlet with this name and article address, or "" when unknown. */
  public String side(String outlet, String url) {
    String s = outlet == null ? null : byOutlet.get(outlet.trim().toLowerCase(Locale.ROOT));
    if (s != null) {
      return s;
    }
    try {
      String host = url == null || url.isBlank() ? null : URI.create(url.trim()).getHost();
      if (host != null) {
        String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return DOMAINS.getOrDefault(tld, "");
      }
    } catch (IllegalArgumentException e) {
      return "";
    }
    return "";
  }
}
