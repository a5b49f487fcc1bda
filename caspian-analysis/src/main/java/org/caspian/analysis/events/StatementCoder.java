package org.caspian.analysis.events;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.Modality;

/**
 * The events of reported speech itself, once a sentence's acts are coded: a report that lays an
 * obligation on another actor is the speaker's demand on it ({@link ReportedDemands}); a speech
 * verb whose report held no act is a statement when it is addressed to a foreign actor ("told
 * Baku") or denies what one did ("Yerevan denied the claim"). Created per sentence by {@link
 * SentenceCoder}; not thread-safe.
 */
final class StatementCoder {
  private final EventView v;
  private final EventEmitter emitter;
  private final ModalityFinder modality;
  private final SentenceDates dates;
  private final TargetFinder targetFinder;
  private final LocalDate published;

  StatementCoder(EventView v, EventEmitter emitter, ModalityFinder modality, SentenceDates dates,
      TargetFinder targetFinder, LocalDate published) {
    this.v = v;
    this.emitter = emitter;
    this.modality = modality;
    this.dates = dates;
    this.targetFinder = targetFinder;
    this.published = published;
  }

  /** Codes the reports {@code regions} of a sentence whose acts are {@code triggers}. */
  void code(List<Trigger> triggers, List<SentenceLayout.Region> regions,
      ReportedDemands demands) {
    for (SentenceLayout.Region r : regions) {
      boolean act = false;
      for (Trigger t : triggers) {
        act |= !t.speech() && t.head >= r.from() && t.head < r.to();
      }
      ReportedDemands.Demand d = demands.in(r);
      if (d != null) {
        demand(r, d); // "said Sudan must return the helicopter"
      } else if (!act) {
        statement(r); // a speech verb only: a statement, when it names a foreign actor
      }
    }
  }

  /** A demand {@link ReportedDemands#in} found: its speaker is a usable actor. */
  private void demand(SentenceLayout.Region r, ReportedDemands.Demand d) {
    emit(r.speech(), r.speaker(), d.target(), d.code());
  }

  /** A speech verb whose report held no act: "Zakharova said Moscow regrets Baku's step". */
  private void statement(SentenceLayout.Region r) {
    ActorGroup speaker = r.speaker();
    if (speaker == null || !speaker.actor() || speaker.media()) {
      return;
    }
    // Only an addressee makes a statement an interaction ("told Baku", "assured Yerevan"): an
    // actor merely named in the report ("said Baku had raised no complaints") does not.
    ActorGroup target = r.directObject() != null && r.directObject().actor()
        && !r.directObject().main().country().equals(speaker.main().country())
        ? r.directObject() : null;
    if (target == null && r.negating()) {
      // "Yerevan denied the claim": aimed at whoever made it.
      List<ActorGroup> back = targetFinder.anaphoric(r.speech().last + 1, speaker);
      target = back.isEmpty() ? null : back.get(0);
    }
    if (target != null) {
      emit(r.speech(), speaker, target, r.speech().pattern.code());
    }
  }

  private void emit(Trigger t, ActorGroup speaker, ActorGroup target, String code) {
    Modality m = modality.of(t);
    ResolvedDate rd = dates.of(t, m);
    LocalDate date = rd == null ? null : rd.date();
    int flags = Confidence.STATEMENT;
    if (m == Modality.ASSERTED && !dates.written(t)) {
      date = published;
      flags |= Confidence.DEFAULT_DATE;
    }
    emitter.emit(t, code, speaker, target, m, "", date, flags,
        VerbPhrase.text(v, t, t, List.of()));
  }
}
