package org.caspian.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Looks at the start of a document to name its first element without parsing it: skips a byte-order
 * mark, whitespace, the XML declaration, processing instructions and comments. Works on ASCII-based
 * encodings (UTF-8, windows-1251, ...); UTF-16 documents give an empty answer.
 */
final class XmlSniffer {
  private static final int HEAD = 64 * 1024;

  /**
   * The lower-case name of the first element ("rss", "rdf:rdf", "feed", "html"), "!doctype html"
   * for an HTML doctype, or empty when the bytes do not start like markup.
   */
  String firstElement(byte[] bytes) {
    String s = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
    int i = 0;
    if (s.startsWith("\u00ef\u00bb\u00bf")) {
      i = 3;
    }
    while (true) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i >= s.length() || s.charAt(i) != '<') {
        return "";
      }
      if (s.startsWith("<?", i)) {
        int end = s.indexOf("?>", i);
        if (end < 0) {
          return "";
        }
        i = end + 2;
      } else if (s.startsWith("<!--", i)) {
        int end = s.indexOf("-->", i);
        if (end < 0) {
          return "";
        }
        i = end + 3;
      } else if (s.regionMatches(true, i, "<!doctype", 0, 9)) {
        int end = s.indexOf('>', i);
        String doctype = (end < 0 ? s.substring(i) : s.substring(i, end)).toLowerCase(Locale.ROOT);
        if (doctype.matches("<!doctype\\s+html\\b.*")) {
          return "!doctype html";
        }
        int bracket = s.indexOf('[', i);
        if (bracket >= 0 && (end < 0 || bracket < end)) {
          int close = s.indexOf("]>", bracket);
          if (close < 0) {
            return "";
          }
          i = close + 2;
        } else {
          if (end < 0) {
            return "";
          }
          i = end + 1;
        }
      } else {
        int j = i + 1;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '>'
            && s.charAt(j) != '/') {
          j++;
        }
        return s.substring(i + 1, j).toLowerCase(Locale.ROOT);
      }
    }
  }

  /** True when the first element says this is an HTML page. */
  boolean isHtml(String firstElement) {
    return firstElement.equals("html") || firstElement.equals("!doctype html");
  }

  /** True for the root elements of RSS 2.0/0.9x, RSS 1.0 (RDF) and Atom. */
  boolean isFeed(String firstElement) {
    String local = firstElement.substring(firstElement.indexOf(':') + 1);
    return local.equals("rss") || local.equals("rdf") || local.equals("feed");
  }

  /** True for sitemap and sitemap-index roots. */
  boolean isSitemap(String firstElement) {
    String local = firstElement.substring(firstElement.indexOf(':') + 1);
    return local.equals("urlset") || local.equals("sitemapindex");
  }
}
