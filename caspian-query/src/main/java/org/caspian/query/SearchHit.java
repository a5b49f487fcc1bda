package org.caspian.query;

import java.time.LocalDate;
import java.util.List;

/**
 * One matching article.
 *
 * @param id article id
 * @param title headline as stored
 * @param source outlet
 * @param published publication date, may be null
 * @param score relevance
 * @param titleHtml the headline as HTML: escaped, matches wrapped in {@code <mark>}
 * @param snippets passages of the text as HTML, escaped, matches wrapped in {@code <mark>}
 */
public record SearchHit(String id, String title, String source, LocalDate published, float score,
    String titleHtml, List<String> snippets) {
  public SearchHit {
    snippets = List.copyOf(snippets);
  }
}
