package org.caspian.analysis.lang;

import com.github.pemistahl.lingua.api.LanguageDetector;
import java.util.function.Supplier;

/**
 * Builds the Lingua detector on first use, once, however many threads ask. Most articles are
 * settled by {@link ScriptGuesser} and a run over English text never pays Lingua's two-second,
 * 180 MiB start-up.
 */
final class LazyDetector {
  private final Supplier<LanguageDetector> factory;
  private volatile LanguageDetector detector;

  LazyDetector(Supplier<LanguageDetector> factory) {
    this.factory = factory;
  }

  LanguageDetector get() {
    LanguageDetector d = detector;
    if (d == null) {
      synchronized (this) {
        d = detector;
        if (d == null) {
          d = factory.get();
          detector = d;
        }
      }
    }
    return d;
  }
}
