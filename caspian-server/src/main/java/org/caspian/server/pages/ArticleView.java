package org.caspian.server.pages;

import java.util.List;

/**
 * The article reader.
 *
 * @param frame the layout
 * @param id article id
 * @param title headline
 * @param outlet source outlet
 * @param published publication date as text, may be empty
 * @param language language code
 * @param original the link to the original, or empty when there is none
 * @param textHtml the text as HTML: escaped, with the highlights of {@link ArticleMarkup}
 * @param actors actor mentions
 * @param events coded events
 * @param quotes quotes
 * @param framing framing terms
 * @param dataJson the id and text as JSON, safe inside a script element
 */
public record ArticleView(PageFrame frame, String id, String title, String outlet,
    String published, String language, String original, String textHtml,
    List<AnalysisItem> actors, List<AnalysisItem> events, List<AnalysisItem> quotes,
    List<AnalysisItem> framing, String dataJson) {
  public ArticleView {
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    framing = List.copyOf(framing);
  }
}
