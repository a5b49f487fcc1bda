package org.caspian.analysis.eval;

import java.util.List;

/**
 * The result of comparing the pipeline's output with one gold item.
 *
 * @param id gold item id
 * @param actors actor counts for this item
 * @param events event counts for this item
 * @param quotes quote counts for this item
 * @param agreement code, modality and date agreement of matched events
 * @param diffs one line per missed or spurious annotation, each starting with the item id
 */
public record ItemScore(
    String id,
    LayerScore actors,
    LayerScore events,
    LayerScore quotes,
    EventAgreement agreement,
    List<String> diffs) {
  public ItemScore {
    diffs = List.copyOf(diffs);
  }
}
