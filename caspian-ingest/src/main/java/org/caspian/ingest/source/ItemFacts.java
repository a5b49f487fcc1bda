package org.caspian.ingest.source;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What ROME does not give as written, read from the feed's DOM for each item in document order:
 * the publication date exactly as written (so it can be read leniently, with its offset, even when
 * the element is misspelt {@code <pubdate>}), and the item's link resolved against the {@code
 * xml:base} attributes in force and the document's address.
 */
final class ItemFacts {
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  private static final Set<String> ITEMS = Set.of("item", "entry");
  /** Date elements in order of preference, lower case. */
  private static final List<String> DATES =
      List.of("pubdate", "date", "published", "issued", "created", "updated", "modified");

  /**
   * One item's facts.
   *
   * @param rawDate the date as written, or empty
   * @param link the absolute link when it could be resolved, else as written, or empty
   */
  record Facts(String rawDate, String link) {}

  /** The facts of every item, in document order. */
  List<Facts> of(Element root, URI location) {
    List<Facts> out = new ArrayList<>();
    collect(root, base(location, root), out, 0);
    return out;
  }

  private void collect(Element e, URI base, List<Facts> out, int depth) {
    if (depth > 3) {
      return;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        URI childBase = base(base, child);
        if (ITEMS.contains(local(child))) {
          out.add(new Facts(rawDate(child), link(child, childBase)));
        } else {
          collect(child, childBase, out, depth + 1);
        }
      }
    }
  }

  private static URI base(URI base, Element e) {
    String xb = e.getAttributeNS(XML_NS, "base");
    if (xb == null || xb.isBlank()) {
      return base;
    }
    try {
      URI declared = new URI(xb.strip());
      return base == null ? (declared.isAbsolute() ? declared : null) : base.resolve(declared);
    } catch (java.net.URISyntaxException | IllegalArgumentException bad) {
      return base;
    }
  }

  private static String rawDate(Element item) {
    for (String name : DATES) {
      for (Node n = item.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element c && local(c).equals(name)) {
          String t = c.getTextContent();
          if (t != null && !t.isBlank()) {
            return t.strip();
          }
        }
      }
    }
    return "";
  }

  /** Atom: the alternate link's href; RSS: the link element's text. */
  private static String link(Element item, URI base) {
    for (Node n = item.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && local(c).equals("link")) {
        URI linkBase = base(base, c);
        String rel = c.getAttribute("rel");
        String href = c.getAttribute("href");
        if (!href.isBlank() && (rel.isBlank() || rel.equals("alternate"))) {
          return Urls.resolve(linkBase, href);
        }
        String text = c.getTextContent();
        if (href.isBlank() && text != null && !text.isBlank()) {
          return Urls.resolve(linkBase, text.strip());
        }
      }
    }
    return "";
  }

  private static String local(Element e) {
    String n = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
    return n.toLowerCase(Locale.ROOT);
  }
}
