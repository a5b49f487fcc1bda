package org.caspian.analysis.events;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.caspian.analysis.Stage;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.CameoTaxonomy;
import org.caspian.model.Event;
import org.caspian.model.Layer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Codes events: who did what to whom, when, in CAMEO with PLOVER category, Goldstein weight and
 * quad class from {@link CameoTaxonomy}. Requires sentences, tokens and actor mentions.
 *
 * <p>The coder is chosen by {@link AnalyzedArticle#language()}. Languages without a coder get no
 * events. An undetermined language ("und", a pipeline without the language stage) is coded as
 * English, the only language with a coder so far; the English patterns simply do not match text
 * in other languages.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventStage implements Stage {
  private static final Logger LOG = LoggerFactory.getLogger(EventStage.class);
  private static final String FALLBACK = "en";

  private final Map<String, EventCoder> coders;

  /** A stage with one coder per ISO 639-1 language code. */
  public EventStage(Map<String, EventCoder> coders) {
    this.coders = Map.copyOf(Objects.requireNonNull(coders, "coders"));
  }

  /** The stage with the bundled English coder and the bundled CAMEO taxonomy. */
  public static EventStage create() {
    CameoTaxonomy taxonomy = CameoTaxonomy.load();
    RuleEventCoder en = RuleEventCoder.english(taxonomy);
    LOG.debug("English event coder loaded with {} patterns", en.patternCount());
    return new EventStage(Map.of("en", en));
  }

  /** Languages with a coder. */
  public Set<String> languages() {
    return coders.keySet();
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ACTORS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    String lang = in.language();
    EventCoder coder = coders.get("und".equals(lang) ? FALLBACK : lang);
    List<Event> events = coder == null ? List.of() : coder.code(in);
    return in.withEvents(events);
  }
}
