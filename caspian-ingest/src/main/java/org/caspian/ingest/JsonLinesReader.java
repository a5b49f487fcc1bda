package org.caspian.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.caspian.model.Article;
import org.caspian.model.ArticleField;

/**
 * Reads one JSON Lines record: an object with {@code text} (or {@code body}, {@code content}) and
 * optionally {@code id, title, source} (or {@code outlet}), {@code url, published} (or {@code
 * date}), {@code author} (or {@code byline}), {@code language} (or {@code lang}). Errors name the
 * field at fault. The fields given are recorded with {@link org.caspian.model.Provenance#INPUT}.
 */
public final class JsonLinesReader {
  private final ObjectMapper mapper = new ObjectMapper();
  private final ArticleIds ids = new ArticleIds();
  private final DateParser dates = new DateParser();

  /** Parses one line; {@code origin} is {@code file:line}. */
  public IngestResult parse(String origin, String line) {
    JsonNode o;
    try {
      o = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      return IngestResult.failed(origin, "invalid JSON: " + e.getOriginalMessage());
    }
    if (o == null || !o.isObject()) {
      return IngestResult.failed(origin, "expected a JSON object");
    }
    String text = firstText(o, "text", "body", "content");
    if (text == null || text.isBlank()) {
      return IngestResult.failed(origin, "field 'text': missing or empty");
    }
    String published = firstText(o, "published", "date");
    LocalDate date = null;
    if (published != null && !published.isBlank()) {
      date = dates.parse(published).orElse(null);
      if (date == null) {
        return IngestResult.failed(origin, "field 'published': not a date: '" + published + "'");
      }
    }
    String url = orEmpty(firstText(o, "url", "link"));
    String body = text.strip().replace("\r\n", "\n");
    String id = firstText(o, "id");
    if (id == null || id.isBlank()) {
      id = ids.idFor(url, body);
    }
    String title = orEmpty(firstText(o, "title"));
    String source = orEmpty(firstText(o, "source", "outlet"));
    InputMeta meta = new InputMeta().given(ArticleField.TITLE, title)
        .given(ArticleField.SOURCE, source).url(url).published(published)
        .author(firstText(o, "author", "byline")).language(firstText(o, "language", "lang"));
    return IngestResult.ok(origin, new Article(id, title, source, url, date, body, meta.build()));
  }

  private static String firstText(JsonNode o, String... fields) {
    for (String f : fields) {
      JsonNode n = o.get(f);
      if (n != null && !n.isNull()) {
        return n.isValueNode() ? n.asText() : n.toString();
      }
    }
    return null;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
