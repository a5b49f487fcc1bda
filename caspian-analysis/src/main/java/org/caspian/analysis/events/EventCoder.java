package org.caspian.analysis.events;

import java.util.List;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;

/**
 * Codes the events of an article written in one language. Implementations are immutable and
 * thread-safe; {@link EventStage} picks one by {@link AnalyzedArticle#language()}.
 */
public interface EventCoder {

  /**
   * Events of {@code article}, in text order. Needs sentences, tokens and actor mentions; never
   * throws on odd input.
   */
  List<Event> code(AnalyzedArticle article);
}
