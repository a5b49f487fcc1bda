package org.caspian.analysis.eval;

/**
 * How well matched events agree beyond the dyad and CAMEO root.
 *
 * @param matched events matched to a gold event (same source, target and CAMEO root)
 * @param exactCode of those, how many carry exactly the gold CAMEO code
 * @param modality of those, how many carry the gold modality
 * @param datesCompared of those, how many have a gold date
 * @param dateAgrees of those, how many carry exactly the gold date
 */
public record EventAgreement(
    int matched, int exactCode, int modality, int datesCompared, int dateAgrees) {

  public static final EventAgreement ZERO = new EventAgreement(0, 0, 0, 0, 0);

  public EventAgreement plus(EventAgreement o) {
    return new EventAgreement(matched + o.matched, exactCode + o.exactCode,
        modality + o.modality, datesCompared + o.datesCompared, dateAgrees + o.dateAgrees);
  }

  /** Share of matched events with the exact gold code; 0 when none matched. */
  public double exactCodeRate() {
    return matched == 0 ? 0.0 : (double) exactCode / matched;
  }

  /** Modality accuracy over matched events; 0 when none matched. */
  public double modalityAccuracy() {
    return matched == 0 ? 0.0 : (double) modality / matched;
  }

  /** Date accuracy over matched events that have a gold date; 0 when none. */
  public double dateAccuracy() {
    return datesCompared == 0 ? 0.0 : (double) dateAgrees / datesCompared;
  }
}
