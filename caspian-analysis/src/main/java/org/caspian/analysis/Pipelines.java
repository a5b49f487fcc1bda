package org.caspian.analysis;

import java.util.Set;
import org.caspian.analysis.actors.ActorStage;
import org.caspian.analysis.events.EventStage;
import org.caspian.analysis.framing.FramingStage;
import org.caspian.analysis.lang.LanguageStage;
import org.caspian.analysis.quotes.QuoteStage;
import org.caspian.analysis.sentence.SentenceStage;
import org.caspian.analysis.token.TokenStage;
import org.caspian.analysis.tone.ToneStage;

/** The standard pipelines, in data-flow order. */
public final class Pipelines {
  private Pipelines() {}

  /** Every stage, with Lingua language detection (loads in about 2 s). */
  public static Pipeline standard() {
    return standard(LanguageStage.create());
  }

  /** Every stage, with the given language stage (tests pass a fixed-language stub). */
  public static Pipeline standard(Stage language) {
    return standard(language, null);
  }

  /**
   * Every stage, with the given language stage and events for {@code eventLanguages}, shipped or
   * on trial (null: the shipped ones; see {@link EventStage#create(Set)}).
   */
  public static Pipeline standard(Stage language, Set<String> eventLanguages) {
    return Pipeline.builder()
        .add(language)
        .add(SentenceStage.create())
        .add(new TokenStage())
        .add(ActorStage.create())
        .add(EventStage.create(eventLanguages))
        .add(QuoteStage.create())
        .add(ToneStage.create())
        .add(FramingStage.create())
        .build();
  }
}
