package org.caspian.ingest.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URL helpers: the outlet's domain, resolving relative links. */
public final class Urls {
  private Urls() {}

  /** The host without {@code www.}, lower case, or empty when {@code url} has none. */
  public static String domain(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    try {
      String host = new URI(url.strip()).getHost();
      if (host == null) {
        return "";
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return "";
    }
  }

  /** {@code href} resolved against {@code base}; {@code href} itself when either is unusable. */
  static String resolve(URI base, String href) {
    if (href == null || href.isBlank()) {
      return "";
    }
    String h = href.strip();
    if (base == null) {
      return h;
    }
    try {
      return base.resolve(new URI(h.replace(" ", "%20"))).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return h;
    }
  }

  /** {@code s} as a URI, or {@code null} when it is not one. */
  static URI uri(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      URI u = new URI(s.strip());
      return u.isAbsolute() ? u : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
