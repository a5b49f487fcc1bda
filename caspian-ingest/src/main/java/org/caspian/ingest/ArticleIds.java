package org.caspian.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article identifiers: a SHA-256 prefix of the canonical URL when there is one, otherwise of
 * the normalised text (NFKC, lower case, whitespace collapsed), so the same article read twice gets
 * the same id.
 */
public final class ArticleIds {

  /** The id for an article with this URL (may be empty) and text. */
  public String idFor(String url, String text) {
    String basis = url == null || url.isBlank() ? "text:" + normalise(text) : "url:" + canonicalUrl(url);
    return hash(basis);
  }

  static String canonicalUrl(String url) {
    String u = url.strip();
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    u = u.replaceFirst("^(?i)https?://(www\\.)?", "");
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u.toLowerCase(Locale.ROOT);
  }

  static String normalise(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return t.replaceAll("\\s+", " ").strip();
  }

  private static String hash(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] d = md.digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
