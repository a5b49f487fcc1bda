package org.caspian.cli;

import org.caspian.analysis.Pipeline;
import org.caspian.analysis.Pipelines;

/** Builds the long-lived objects commands share. */
final class Services {
  private Services() {}

  static Pipeline pipeline() {
    return Pipelines.standard();
  }
}
