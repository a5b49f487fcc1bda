package org.caspian.query.workbench;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.caspian.query.DyadFilter;
import org.caspian.query.Granularity;

/**
 * One dyad view: two actors, a granularity and the modalities counted.
 *
 * @param a first actor: country (RUS) or actor code (RUSGOV)
 * @param b second actor
 * @param by day, week or month
 * @param modalities modalities counted ("asserted", "claimed", "hypothetical", ...); empty for
 *     asserted events only
 * @param all every modality (overrides {@code modalities})
 */
public record DyadQuery(String a, String b, Granularity by, Set<String> modalities, boolean all) {
  public DyadQuery {
    a = actor(a, "a");
    b = actor(b, "b");
    Objects.requireNonNull(by, "by");
    modalities = DyadFilter.modalities(modalities == null ? Set.of() : modalities).modalities();
  }

  /** Whether the series must be read with every modality (then narrowed by the filter). */
  boolean includeAll() {
    return all || !modalities.isEmpty();
  }

  /** The filter narrowing an all-modality series to {@link #modalities()}. */
  DyadFilter filter() {
    return all ? DyadFilter.NONE : new DyadFilter("", false, modalities);
  }

  private static String actor(String s, String name) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("parameter " + name + " is required");
    }
    return s.strip().toUpperCase(Locale.ROOT);
  }
}
