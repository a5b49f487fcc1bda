package org.caspian.ingest.outlet;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.caspian.ingest.source.Urls;
import org.caspian.model.Article;
import org.caspian.model.ArticleField;
import org.caspian.model.ArticleMeta;
import org.caspian.model.OutletRef;
import org.caspian.model.Provenance;

/**
 * Recognises an article's outlet in a registry, trying in order: the host of its canonical URL
 * and of its URL (a {@code t.me} link by its channel), its recorded domain, then its source name
 * (header, feed title, page's site name, Telegram chat name; also the part before a " - " or " | "
 * in a feed title). The outlet's provenance is that of the field it was recognised by. Articles
 * whose outlet is not in the registry are counted by name and domain for review ({@link
 * #unknown()}). Thread-safe.
 */
public final class OutletResolver {
  /** Distinct unknown outlets remembered, to bound memory on a huge ingest. */
  private static final int MAX_UNKNOWN = 10_000;

  private final OutletRegistry registry;
  private final Map<String, LongAdder> unknown = new ConcurrentHashMap<>();

  public OutletResolver(OutletRegistry registry) {
    this.registry = registry;
  }

  /** The registry it resolves in. */
  public OutletRegistry registry() {
    return registry;
  }

  /** {@code a} with its outlet set (or cleared when none matches). */
  public Article resolve(Article a) {
    ArticleMeta m = a.meta();
    Found f = byAddress(m.canonicalUrl(), provenance(m, ArticleField.CANONICAL_URL));
    if (f == null) {
      f = byAddress(a.url(), provenance(m, ArticleField.URL));
    }
    if (f == null && !m.domain().isEmpty()) {
      f = found(registry.byDomain(m.domain()), "domain", provenance(m, ArticleField.DOMAIN));
    }
    if (f == null) {
      f = byName(a.source(), provenance(m, ArticleField.SOURCE));
    }
    if (f == null) {
      remember(a);
      return m.outlet() == null ? a : a.withMeta(m.withOutlet(null, null));
    }
    OutletRef ref = f.outlet().ref(f.matchedBy());
    if (ref.equals(m.outlet()) && f.from() == m.provenanceOf(ArticleField.OUTLET)) {
      return a;
    }
    return a.withMeta(m.withOutlet(ref, f.from()));
  }

  /**
   * Outlets met that are not in the registry, as "name (domain)", with the number of articles,
   * most frequent first.
   */
  public Map<String, Long> unknown() {
    Map<String, Long> out = new LinkedHashMap<>();
    unknown.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> -e.getValue().sum())
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> out.put(e.getKey(), e.getValue().sum()));
    return out;
  }

  private record Found(Outlet outlet, String matchedBy, Provenance from) {}

  private Found byAddress(String address, Provenance from) {
    if (address.isEmpty()) {
      return null;
    }
    String host = Urls.domain(address);
    if (host.equals("t.me") || host.equals("telegram.me")) {
      return found(registry.byTelegram(channel(address)), "telegram", from);
    }
    return found(registry.byDomain(host), "domain", from);
  }

  private Found byName(String source, Provenance from) {
    if (source.isBlank()) {
      return null;
    }
    if (source.startsWith("@")) {
      return found(registry.byTelegram(source.strip()), "telegram", from);
    }
    Found f = found(registry.byName(source), "name", from);
    if (f == null) {
      for (String sep : new String[] {" - ", " | ", " \u2014 ", " \u2013 ", ": "}) {
        int i = source.indexOf(sep);
        if (i > 0) {
          f = found(registry.byName(source.substring(0, i)), "name", from);
          if (f != null) {
            break;
          }
        }
      }
    }
    return f;
  }

  private static Found found(Optional<Outlet> o, String matchedBy, Provenance from) {
    return o.map(outlet -> new Found(outlet, matchedBy, from)).orElse(null);
  }

  /** The channel of a {@code t.me} link: its first path segment ({@code t.me/s/x} too). */
  private static String channel(String address) {
    try {
      String path = new URI(address.strip()).getPath();
      if (path == null) {
        return "";
      }
      String[] parts = path.split("/");
      int i = 1;
      if (parts.length > 2 && parts[1].equals("s")) {
        i = 2;
      }
      return parts.length > i ? parts[i] : "";
    } catch (URISyntaxException e) {
      return "";
    }
  }

  private static Provenance provenance(ArticleMeta m, ArticleField field) {
    Provenance p = m.provenanceOf(field);
    return p == null ? Provenance.INPUT : p;
  }

  private void remember(Article a) {
    String host = Urls.domain(a.meta().canonicalUrl().isEmpty() ? a.url()
        : a.meta().canonicalUrl());
    if (host.isEmpty()) {
      host = a.meta().domain();
    }
    String name = a.source().strip();
    if (name.isEmpty() && host.isEmpty()) {
      return;
    }
    String key = name.isEmpty() ? host : host.isEmpty() ? name : name + " (" + host + ")";
    LongAdder n = unknown.get(key);
    if (n == null) {
      if (unknown.size() >= MAX_UNKNOWN) {
        return;
      }
      n = unknown.computeIfAbsent(key, k -> new LongAdder());
    }
    n.increment();
  }
}
