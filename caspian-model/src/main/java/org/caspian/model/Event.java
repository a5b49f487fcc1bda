package org.caspian.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One coded event: who did what to whom, when, as told in one sentence.
 *
 * @param date when it happened, resolved against the publication date; {@code null} if unknown
 * @param source who acted
 * @param target who was acted upon
 * @param cameo CAMEO code ("042")
 * @param plover PLOVER category ("CONSULT"), may be empty
 * @param goldstein GDELT Goldstein weight, -10..10
 * @param quad quad class 1..4 (verbal coop, material coop, verbal conflict, material conflict)
 * @param modality asserted, negated, hypothetical or planned
 * @param attribution who claims it (a speaker or outlet), empty when the article itself asserts it
 * @param span the sentence (or clause) it was coded from
 * @param text the covered text
 * @param trigger the verb or phrase that decided the code
 * @param confidence 0..1, how sure the coder is
 */
public record Event(
    LocalDate date,
    ActorRef source,
    ActorRef target,
    String cameo,
    String plover,
    double goldstein,
    int quad,
    Modality modality,
    String attribution,
    Span span,
    String text,
    String trigger,
    double confidence) {

  public Event {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    plover = plover == null ? "" : plover;
    attribution = attribution == null ? "" : attribution;
    trigger = trigger == null ? "" : trigger;
    if (quad < 1 || quad > 4) {
      throw new IllegalArgumentException("quad must be 1..4: " + quad);
    }
  }

  /** True when the text says it happened (not negated, planned or hypothetical). */
  public boolean asserted() {
    return modality == Modality.ASSERTED;
  }
}
