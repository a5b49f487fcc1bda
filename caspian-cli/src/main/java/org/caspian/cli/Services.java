package org.caspian.cli;

import java.util.Set;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.Pipelines;
import org.caspian.analysis.lang.LanguageStage;

/** Builds the long-lived objects commands share. */
final class Services {
  private Services() {}

  static Pipeline pipeline() {
    return Pipelines.standard();
  }

  /** The standard pipeline with events for {@code eventLanguages}, shipped or on trial. */
  static Pipeline pipeline(Set<String> eventLanguages) {
    return Pipelines.standard(LanguageStage.create(), eventLanguages);
  }
}
