package org.caspian.analysis.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caspian.model.Article;

/**
 * One hand-coded passage (one to three sentences) with everything a careful coder found in it.
 *
 * @param id item id ("g001"), also used as the article id
 * @param published publication date the text's relative dates resolve against
 * @param text the passage
 * @param actors actor mentions in text order
 * @param events coded events; may be empty when the passage reports none
 * @param quotes quotes, direct or reported
 */
public record GoldItem(
    String id,
    LocalDate published,
    String text,
    List<GoldActor> actors,
    List<GoldEvent> events,
    List<GoldQuote> quotes) {

  public GoldItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }

  /** The passage as an article the pipeline can read. */
  public Article toArticle() {
    return new Article(id, "", "", "", published, text);
  }
}
