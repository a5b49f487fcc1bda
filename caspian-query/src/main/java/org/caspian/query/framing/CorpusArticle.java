package org.caspian.query.framing;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.Span;

/**
 * An article as the framing comparison reads it.
 *
 * @param id article id
 * @param outlet its outlet ({@code source})
 * @param url its address
 * @param published its date, may be null
 * @param side the outlet's side ({@link OutletSides}), "" when unknown
 * @param text the body
 * @param sentences sentence spans (the whole text as one when the index kept none)
 */
public record CorpusArticle(String id, String outlet, String url, LocalDate published,
    String side, String text, List<Span> sentences) {
  public CorpusArticle {
    sentences = List.copyOf(sentences);
  }
}
