package org.caspian.analysis.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.caspian.analysis.Stage;
import org.caspian.analysis.lexicon.DataFiles;
import org.caspian.analysis.lexicon.Inflectors;
import org.caspian.analysis.morph.Morphology;
import org.caspian.analysis.morph.RussianMorphology;
import org.caspian.analysis.morph.SuffixMorphology;
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
 * events. Which languages ship events is data: {@code event_languages.tsv} in this package's
 * resources (language, how roles are found: {@code order} or {@code case}, and status: a language
 * {@code ships}, or is on {@code trial} while its precision on a blind gold set is below the
 * project's bar of 0.7, coded only when {@link #create(Set)} asks for it). An undetermined language ("und", a pipeline without the language stage) is
 * coded as English; the English patterns simply do not match text in other languages.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventStage implements Stage {
  private static final Logger LOG = LoggerFactory.getLogger(EventStage.class);
  private static final String FALLBACK = "en";
  private static final String LANGUAGES = "event_languages.tsv";

  private final Map<String, EventCoder> coders;

  /** A stage with one coder per ISO 639-1 language code. */
  public EventStage(Map<String, EventCoder> coders) {
    this.coders = Map.copyOf(Objects.requireNonNull(coders, "coders"));
  }

  /** The stage with a coder for each language {@code event_languages.tsv} ships. */
  public static EventStage create() {
    return create(null);
  }

  /**
   * The stage with a coder for each language of {@code event_languages.tsv} that is in {@code
   * only}, shipped or on trial; with {@code only} null, the shipped languages. The bundled CAMEO
   * taxonomy.
   *
   * @throws IllegalStateException when the file names a language without data files, an unknown
   *     way of finding roles or an unknown status
   */
  public static EventStage create(Set<String> only) {
    CameoTaxonomy taxonomy = CameoTaxonomy.load();
    Inflectors inflectors = Inflectors.bundled();
    Map<String, EventCoder> coders = new HashMap<>();
    for (DataFiles.Row row : DataFiles.readRows(EventStage.class, LANGUAGES, 3)) {
      String lang = row.get(0);
      String status = row.get(2);
      if (!status.equals("ships") && !status.equals("trial")) {
        throw new IllegalStateException(row.where() + ": status must be ships or trial: "
            + status);
      }
      if (only == null ? !status.equals("ships") : !only.contains(lang)) {
        continue;
      }
      Morphology morphology;
      switch (row.get(1)) {
        case "order":
          morphology = null;
          break;
        case "case":
          morphology = morphology(lang, row.where());
          break;
        default:
          throw new IllegalStateException(row.where() + ": roles must be order or case: "
              + row.get(1));
      }
      RuleEventCoder c = RuleEventCoder.forLanguage(lang, taxonomy, inflectors, morphology);
      LOG.debug("{} event coder loaded with {} patterns", lang, c.patternCount());
      coders.put(lang, c);
    }
    return new EventStage(coders);
  }

  private static Morphology morphology(String lang, String where) {
    if ("ru".equals(lang)) {
      return RussianMorphology.load();
    }
    if ("az".equals(lang) || "hy".equals(lang)) {
      return SuffixMorphology.load(lang);
    }
    throw new IllegalStateException(where + ": no morphology for " + lang);
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
