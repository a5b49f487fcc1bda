package org.caspian.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caspian.model.Article;
import org.caspian.model.ArticleField;

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
    Header h = Header.read(content);
    String body = content.substring(h.bodyStart).strip();
    if (body.isEmpty()) {
      return IngestResult.failed(origin, h.present ? "header but no body text" : "empty file");
    }
    LocalDate date = null;
    if (!h.published.isEmpty()) {
      date = dates.parse(h.published).orElse(null);
      if (date == null) {
        return IngestResult.failed(origin, "field 'Published': not a date: '" + h.published + "'");
      }
    }
    String title = h.title.isEmpty() ? guessTitle(body) : h.title;
    InputMeta meta = new InputMeta().given(ArticleField.TITLE, h.title)
        .given(ArticleField.SOURCE, h.source).url(h.url).published(h.published)
        .author(h.author).language(h.language);
    if (h.title.isEmpty() && !title.isEmpty()) {
      meta.titleFromText();
    }
    return IngestResult.ok(origin,
        new Article(ids.idFor(h.url, body), title, h.source, h.url, date, body, meta.build()));
  }

  /** The header block at the start of a file, if any, and where the body begins. */
  private static final class Header {
    boolean present;
    String title = "";
    String source = "";
    String url = "";
    String published = "";
    String author = "";
    String language = "";
    int bodyStart;

    static Header read(String content) {
      Header h = new Header();
      int pos = 0;
      while (pos < content.length()) {
        int nl = content.indexOf('\n', pos);
        int next = nl < 0 ? content.length() : nl + 1;
        String line = nl < 0 ? content.substring(pos) : content.substring(pos, nl);
        Matcher m = HEADER.matcher(line);
        if (!m.matches()) {
          if (h.present && line.isBlank()) {
            pos = next; // the blank line that ends the header
          }
          break;
        }
        h.present = true;
        h.set(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
        pos = next;
      }
      h.bodyStart = pos;
      return h;
    }

    private void set(String key, String value) {
      switch (key) {
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
        case "author":
          author = value;
          break;
        case "language":
          language = value;
          break;
        default:
          break;
      }
    }
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
