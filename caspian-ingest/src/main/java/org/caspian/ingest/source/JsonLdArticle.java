package org.caspian.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article described by a page's JSON-LD ({@code <script type="application/ld+json">}): the
 * first object, at the top level, in an array or in an {@code @graph}, whose {@code @type} is a
 * kind of article. Malformed JSON-LD is ignored.
 */
final class JsonLdArticle {
  private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article",
      "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
      "BlogPosting", "Report", "LiveBlogPosting");

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * What the JSON-LD says.
   *
   * @param headline headline or name
   * @param datePublished as written
   * @param author names joined with ", "
   * @param language inLanguage
   * @param url url or mainEntityOfPage
   * @param publisher publisher name
   */
  record Facts(String headline, String datePublished, String author, String language, String url,
      String publisher) {}

  Optional<Facts> read(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = mapper.readTree(script.data());
      } catch (JsonProcessingException e) {
        continue;
      }
      Optional<JsonNode> article = find(root, 0);
      if (article.isPresent()) {
        JsonNode a = article.get();
        return Optional.of(new Facts(text(a.get("headline"), text(a.get("name"), "")),
            text(a.get("datePublished"), text(a.get("dateCreated"), "")), names(a.get("author")),
            text(a.get("inLanguage"), ""), url(a), names(a.get("publisher"))));
      }
    }
    return Optional.empty();
  }

  private Optional<JsonNode> find(JsonNode n, int depth) {
    if (n == null || depth > 4) {
      return Optional.empty();
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        Optional<JsonNode> f = find(c, depth + 1);
        if (f.isPresent()) {
          return f;
        }
      }
      return Optional.empty();
    }
    if (!n.isObject()) {
      return Optional.empty();
    }
    if (isArticle(n.get("@type"))) {
      return Optional.of(n);
    }
    return find(n.get("@graph"), depth + 1);
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }

  private static String text(JsonNode n, String otherwise) {
    return n != null && n.isValueNode() && !n.asText().isBlank() ? n.asText() : otherwise;
  }

  private static String url(JsonNode a) {
    String u = text(a.get("url"), "");
    if (!u.isEmpty()) {
      return u;
    }
    JsonNode main = a.get("mainEntityOfPage");
    if (main != null && main.isObject()) {
      return text(main.get("@id"), text(main.get("url"), ""));
    }
    return text(main, "");
  }

  private static String names(JsonNode n) {
    List<String> out = new ArrayList<>();
    collectNames(n, out);
    return String.join(", ", out);
  }

  private static void collectNames(JsonNode n, List<String> out) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        collectNames(c, out);
      }
    } else if (n.isObject()) {
      String name = text(n.get("name"), "");
      if (!name.isEmpty()) {
        out.add(name);
      }
    } else if (n.isTextual() && !n.asText().isBlank()) {
      out.add(n.asText());
    }
  }
}
