package org.caspian.analysis.lang;

import java.util.Objects;
import java.util.Set;
import org.caspian.analysis.Stage;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Layer;

/**
 * A language stage that does not detect: every article gets the same code. For corpora known to
 * be in one language, and for tests that should not load Lingua.
 */
public final class FixedLanguageStage implements Stage {
  private final String code;

  public FixedLanguageStage(String code) {
    this.code = Objects.requireNonNull(code, "code");
  }

  @Override
  public String name() {
    return "language(" + code + ")";
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
    return in.withLanguage(code);
  }
}
