package org.caspian.query.story;

import java.util.List;
import org.caspian.query.framing.TermScore;

/**
 * How one outlet told a story.
 *
 * @param outlet the outlet
 * @param side its side (ISO alpha-3), "" when unknown
 * @param articleIds its articles in the story
 * @param sentences the sentences its events were coded from, in date order
 * @param terms its words most typical against the other outlets' articles in the story (weighted
 *     log-odds with the story's pooled counts as prior), highest z first
 */
public record OutletView(String outlet, String side, List<String> articleIds,
    List<String> sentences, List<TermScore> terms) {
  public OutletView {
    articleIds = List.copyOf(articleIds);
    sentences = List.copyOf(sentences);
    terms = List.copyOf(terms);
  }
}
