package org.caspian.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caspian.model.Article;

/**
 * Reads a plain-text article: an optional header block of {@code Key: value} lines (Title, Source,
 * Published, URL, Language, Author) ended by a blank line, then the body. Without a header, a
 * short first line that does not end a sentence is taken as the title (it stays in the body).
 */
public final class TextFileReader {
  private static final Pattern HEADER =
      Pattern.compile("^(Title|Source|Published|Date|URL|Url|Language|Author):[ \\t]*(.*)$");
  private static final int MAX_TITLE = 200;

  private final ArticleIds ids = new ArticleIds();
  private final DateParser dates = new DateParser();

  /** Parses decoded file content; {@code origin} names the file in errors. */
  public IngestResult parse(String origin, String content) {
    String title = "";
    String source = "";
    String url = "";
    String published = "";
    int pos = 0;
    boolean header = false;
    while (pos < content.length()) {
      int nl = content.indexOf('\n', pos);
      String line = nl < 0 ? content.substring(pos) : content.substring(pos, nl);
      Matcher m = HEADER.matcher(line);
      if (!m.matches()) {
        if (header && line.isBlank()) {
          pos = nl < 0 ? content.length() : nl + 1;
        }
        break;
      }
      header = true;
      String value = m.group(2).strip();
      switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "title":
          title = value;
          break;
        case "source":
          source = value;
          break;
        case "published":
        case "date":
          published = value;
          break;
        case "url":
          url = value;
          break;
        default:
          break;
      }
      pos = nl < 0 ? content.length() : nl + 1;
    }
    String body = content.substring(pos).strip();
    if (body.isEmpty()) {
      return IngestResult.failed(origin, header ? "header but no body text" : "empty file");
    }
    LocalDate date = null;
    if (!published.isEmpty()) {
      date = dates.parse(published).orElse(null);
      if (date == null) {
        return IngestResult.failed(origin, "field 'Published': not a date: '" + published + "'");
      }
    }
    if (title.isEmpty()) {
      title = guessTitle(body);
    }
    return IngestResult.ok(origin,
        new Article(ids.idFor(url, body), title, source, url, date, body));
  }

  private static String guessTitle(String body) {
    int nl = body.indexOf('\n');
    String first = (nl < 0 ? body : body.substring(0, nl)).strip();
    if (nl < 0 || first.length() > MAX_TITLE || first.endsWith(".")) {
      return "";
    }
    return first;
  }
}
