package org.caspian.ingest.source;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a news page's main text, leaving out navigation, footers, related links, cookie banners,
 * comments and the like. Caspian's own method, in three steps:
 *
 * <ol>
 *   <li>Prune: drop invisible elements, page-structure elements ({@code nav, header, footer,
 *       aside}, ARIA landmarks other than main) and elements whose class or id names a kind of
 *       boilerplate ("cookie", "related", "comments", "share"...), unless they hold most of the
 *       page's paragraph text.
 *   <li>Score: each paragraph of 25 characters or more gives its parent a score (one, plus one per
 *       comma, plus up to three for length) and its grandparent half of it; a container's score is
 *       scaled down by its share of link text and up when it is marked as the article body.
 *   <li>Collect: the best container plus those of its siblings of the same tag and class that
 *       score at least a fifth of it, and sibling paragraphs that are long and link-poor, in
 *       document order; inside them, link lists, figures and the headline are dropped and each
 *       remaining block is one paragraph (blocks without letters, such as a bare date, and
 *       "Advertisement"-like labels are dropped).
 * </ol>
 */
final class MainText {
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?:^|[-_\\s])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|aside|related|"
          + "recommended|recommendations|popular|trending|most-read|share|sharing|social|"
          + "comments?|comment-list|discussion|replies|cookies?|consent|gdpr|banner|promo|"
          + "adv|advert|advertisement|ads|ad-slot|sponsored|newsletter|subscribe|subscription|"
          + "signup|paywall|widget|modal|popup|login|tags|tag-list|byline|dateline|meta|"
          + "post-meta|entry-meta|author|authors|author-line|date|timestamp|published|"
          + "author-bio|read-more|readmore|see-also|also-read|more-news|teasers?|caption|"
          + "credits?|toolbar|masthead|topbar|skip-link)(?:$|[-_\\s])");
  private static final Pattern BODY_HINT = Pattern.compile(
      "(?i)article-?body|articlebody|story-?body|post-?content|entry-?content|article-?text|"
          + "news-?text|main-?text|content-?body");
  private static final Pattern NOISE_LINE = Pattern.compile(
      "(?iu)^(advertisement|реклама|reklam|գովազդ|read more|читайте также|share|поделиться|"
          + "paylaş|կիսվել)\\W*$");
  private static final Pattern NO_WORDS = Pattern.compile("[^\\p{L}]*");
  private static final String INVISIBLE = "script, style, noscript, template, svg, iframe, "
      + "object, embed, button, input, select, textarea, form label, [hidden], "
      + "[aria-hidden=true], [style~=(?i)display:\\s*none]";
  private static final String STRUCTURE = "nav, header, footer, aside, menu, dialog, "
      + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
      + "[role=dialog], [role=alertdialog], [role=search]";
  private static final int MIN_PARAGRAPH = 25;

  private final BlockText blockText = new BlockText();

  /** The main text's paragraphs, empty when the page has none. */
  List<String> paragraphs(Document page) {
    Element body = page.body().clone();
    body.select(INVISIBLE).remove();
    int total = paragraphText(body);
    for (Element e : body.select(STRUCTURE)) {
      if (!holdsMost(e, total)) {
        e.remove();
      }
    }
    for (Element e : body.select("[class], [id]")) {
      if (e.parent() != null && isBoilerplate(e) && !holdsMost(e, total)) {
        e.remove();
      }
    }
    Map<Element, Double> scores = scores(body);
    Element best = null;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (best == null || e.getValue() > scores.get(best)) {
        best = e.getKey();
      }
    }
    if (best == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Element part : withSiblings(best, scores)) {
      clean(part);
      for (String p : blockText.paragraphs(part)) {
        if (!NOISE_LINE.matcher(p).matches() && !NO_WORDS.matcher(p).matches()) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private static boolean isBoilerplate(Element e) {
    if (e.tagName().equals("article") || e.tagName().equals("main")
        || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return false;
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return !BODY_HINT.matcher(names).find() && BOILERPLATE.matcher(names).find();
  }

  /** True when {@code e} holds more than 40% of the page's paragraph text: never pruned. */
  private static boolean holdsMost(Element e, int total) {
    return total > 0 && paragraphText(e) * 10 > total * 4;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  /** Each container's score. */
  private static Map<Element, Double> scores(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : body.select("p, pre, blockquote, td, div:not(:has(div, p, table, ul, ol))")) {
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH) {
        continue;
      }
      double s = 1 + count(text, ',') + count(text, '،') + Math.min(text.length() / 100.0, 3);
      Element parent = p.tagName().equals("div") ? p : p.parent();
      if (parent == null) {
        continue;
      }
      scores.merge(parent, s, Double::sum);
      if (parent.parent() != null) {
        scores.merge(parent.parent(), s / 2, Double::sum);
      }
    }
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      e.setValue(e.getValue() * (1 - linkDensity(e.getKey())) * hint(e.getKey()));
    }
    return scores;
  }

  private static double hint(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (e.attr("itemprop").equalsIgnoreCase("articleBody") || BODY_HINT.matcher(names).find()) {
      return 1.5;
    }
    return e.tagName().equals("article") || e.tagName().equals("main") ? 1.25 : 1;
  }

  private static List<Element> withSiblings(Element best, Map<Element, Double> scores) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    double top = scores.get(best);
    double threshold = Math.max(2, top * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        out.add(sibling);
      } else if (scores.getOrDefault(sibling, 0.0) >= threshold
          && sibling.tagName().equals(best.tagName())
          && sibling.className().equals(best.className())) {
        out.add(sibling);
      } else if (sibling.tagName().equals("p") && sibling.text().length() > 80
          && linkDensity(sibling) < 0.25) {
        out.add(sibling);
      }
    }
    return out;
  }

  /** Drops what sits inside the main text but is not part of it. */
  private static void clean(Element part) {
    part.select("h1, figure, figcaption, picture, img, video, address").remove();
    for (Element time : part.select("time")) {
      if (time.parent() != null && !time.parent().is("p, li, blockquote, td, span, em, b, i")) {
        time.remove();
      }
    }
    for (Element e : part.select("ul, ol, div, section, table, p")) {
      String text = e.text();
      if (e.parent() != null && !text.isEmpty() && linkDensity(e) > 0.5) {
        e.remove();
      }
    }
  }

  private static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, links / (double) all);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
