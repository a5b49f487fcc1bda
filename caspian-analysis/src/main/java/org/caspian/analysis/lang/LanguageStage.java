package org.caspian.analysis.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.caspian.analysis.Stage;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Layer;

/**
 * Detects the language of an article as an ISO 639-1 code.
 *
 * <p>Cheap, decisive evidence first (see {@link ScriptGuesser}): Armenian and Georgian script, Arabic
 * script as Persian, letters only Ukrainian or only Russian uses, the Azerbaijani schwa, and a high
 * share of English function words. Only what stays ambiguous goes to Lingua, restricted to en, ru,
 * hy, az, ka, tr, fa and uk, reading the title and the first {@value #SAMPLE} characters. Lingua
 * costs milliseconds per article, the guesser microseconds. "und" when the text has
 * no letters or Lingua cannot decide. Thread-safe (Lingua's detector is; it is built once, lazily).
 */
public final class LanguageStage implements Stage {
  static final int SAMPLE = 400;

  private final LazyDetector detector;
  private final ScriptGuesser guesser = new ScriptGuesser();

  public LanguageStage(LanguageDetector detector) {
    this(() -> detector);
  }

  private LanguageStage(Supplier<LanguageDetector> factory) {
    this.detector = new LazyDetector(factory);
  }

  /**
   * A stage over our eight target languages. Lingua's models (about 2 s, 180 MiB) are loaded the
   * first time an article needs them.
   */
  public static LanguageStage create() {
    return new LanguageStage(() -> LanguageDetectorBuilder.fromLanguages(
            Language.ENGLISH, Language.RUSSIAN, Language.ARMENIAN, Language.AZERBAIJANI,
            Language.GEORGIAN, Language.TURKISH, Language.PERSIAN, Language.UKRAINIAN)
        .withPreloadedLanguageModels()
        .build());
  }

  @Override
  public String name() {
    return "language";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.LANGUAGE);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    return in.withLanguage(detect(in.article().title() + "\n" + in.text()));
  }

  /** ISO 639-1 code of {@code text}'s language, or "und". */
  public String detect(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    String byScript = guesser.guess(sample);
    if (byScript != null) {
      return byScript;
    }
    Language lang = detector.get().detectLanguageOf(sample);
    if (lang == Language.UNKNOWN) {
      return "und";
    }
    return lang.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }
}
