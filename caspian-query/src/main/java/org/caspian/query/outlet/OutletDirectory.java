package org.caspian.query.outlet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country and side of known outlets, from the bundled {@code outlets.tsv}: the country an outlet
 * is based in, and the country whose side it speaks for (they differ for an outlet one state runs
 * in another). Names match case-insensitively. Immutable.
 */
public final class OutletDirectory {
  private static final String RESOURCE = "outlets.tsv";

  private final Map<String, Outlet> byKey;

  private OutletDirectory(Map<String, Outlet> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** The bundled directory. */
  public static OutletDirectory bundled() {
    try (InputStream in = OutletDirectory.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static OutletDirectory read(InputStream in) throws IOException {
    Map<String, Outlet> map = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException(RESOURCE + " line " + n + ": expected 3 columns");
      }
      map.put(key(f[0]), new Outlet(f[0].strip(), f[1].strip(), f[2].strip()));
    }
    return new OutletDirectory(map);
  }

  /** What is known of the outlet named {@code name}, or empty. */
  public Optional<Outlet> find(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(name)));
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
