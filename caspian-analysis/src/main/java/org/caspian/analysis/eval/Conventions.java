package org.caspian.analysis.eval;

import org.caspian.model.Event;
import org.caspian.model.Modality;

/**
 * The coding rules a gold set was written to, which decide which predicted events it can judge.
 * Version 1 ({@code README.md}: the development and first held-out sets) codes an event only when
 * both actors are named and never codes an alleged act, so events with an unknown source, unilateral
 * acts with no target and claimed acts are left out of its scoring rather than counted as spurious. Version 2
 * ({@code CONVENTIONS.md}) codes both.
 */
public enum Conventions {
  V1,
  V2;

  /** Whether a set written to these rules judges predicted event {@code e}. */
  public boolean judges(Event e) {
    return this == V2 || !e.source().code().isEmpty() && !e.target().code().isEmpty()
        && e.modality() != Modality.CLAIMED;
  }
}
