package org.caspian.analysis.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.sentence.SentenceStage;
import org.caspian.analysis.token.TokenStage;
import org.caspian.model.ActorMention;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;

/** Shared fixture: the bundled dictionaries loaded once, and a sentences-tokens-actors pipeline. */
final class Actors {
  static final ActorStage STAGE = ActorStage.create();
  static final Pipeline PIPELINE = Pipeline.builder().add(SentenceStage.create())
      .add(new TokenStage()).add(STAGE).build();

  private Actors() {}

  static List<ActorMention> find(String text, LocalDate published) {
    return analyze(text, published).actors();
  }

  static AnalyzedArticle analyze(String text, LocalDate published) {
    return PIPELINE.analyze(new Article("test", "", "", "", published, text));
  }

  /** The mentions of an article published by outlet {@code source} ("TASS"). */
  static List<ActorMention> find(String text, LocalDate published, String source) {
    return PIPELINE.analyze(new Article("test", "", source, "", published, text)).actors();
  }

  /** The mention whose text is exactly {@code surface}; fails when there is none or several. */
  static ActorMention only(List<ActorMention> mentions, String surface) {
    List<ActorMention> hits = mentions.stream().filter(m -> m.text().equals(surface))
        .collect(Collectors.toList());
    if (hits.size() != 1) {
      throw new AssertionError("expected one mention '" + surface + "' but got " + hits
          + " in " + mentions);
    }
    return hits.get(0);
  }

  /** "text=code" for every mention, in order: compact for whole-sentence expectations. */
  static List<String> codes(List<ActorMention> mentions) {
    return mentions.stream().map(m -> m.text() + "=" + m.code()).collect(Collectors.toList());
  }
}
