package org.caspian.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns HTML into plain text with one paragraph per block: block elements ({@code p, div, li,
 * h1..h6, blockquote, tr, br}...) end a paragraph, inline whitespace is collapsed, paragraphs are
 * separated by a blank line. Scripts, styles and other invisible elements are dropped.
 */
final class BlockText {
  static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4",
      "h5", "h6", "blockquote", "tr", "table", "section", "article", "header", "footer", "pre",
      "figcaption", "figure", "dd", "dt", "dl", "main", "aside", "nav", "address", "hr", "br",
      "td", "th", "form", "fieldset", "details", "summary");
  private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template",
      "svg", "iframe", "object", "embed", "head", "select", "button", "input", "textarea",
      "canvas", "video", "audio", "map");

  /** The text of an HTML fragment (a feed description, for example). */
  String ofFragment(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return paragraphsOf(html);
    }
    return of(Jsoup.parseBodyFragment(html).body());
  }

  /** The text of an element and its descendants. */
  String of(Element root) {
    return String.join("\n\n", paragraphs(root));
  }

  /** The paragraphs of an element and its descendants, each stripped, none empty. */
  List<String> paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    walk(root, current, out);
    flush(current, out);
    return out;
  }

  private static void walk(Node node, StringBuilder current, List<String> out) {
    if (node instanceof TextNode t) {
      current.append(t.getWholeText());
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (INVISIBLE.contains(tag)) {
      return;
    }
    boolean block = BLOCKS.contains(tag);
    if (block) {
      flush(current, out);
    }
    for (Node child : e.childNodes()) {
      walk(child, current, out);
    }
    if (block) {
      flush(current, out);
    }
  }

  private static void flush(StringBuilder current, List<String> out) {
    String p = collapse(current);
    if (!p.isEmpty()) {
      out.add(p);
    }
    current.setLength(0);
  }

  private static String collapse(CharSequence s) {
    return s.toString().replace('\u00a0', ' ').replaceAll("[\\s\\u200b]+", " ").strip();
  }

  private static String paragraphsOf(String plain) {
    List<String> out = new ArrayList<>();
    for (String p : plain.split("\\n\\s*\\n")) {
      String c = collapse(p);
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return String.join("\n\n", out);
  }
}
