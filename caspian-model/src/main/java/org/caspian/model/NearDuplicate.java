package org.caspian.model;

import java.util.Objects;

/**
 * Marks an article as a near-duplicate (a syndicated or lightly edited copy) of one seen before.
 * The article is kept; it only points back.
 *
 * @param of id of the earlier article it is most similar to
 * @param cluster id of the first-seen article of its cluster; every copy of one story carries the
 *     same cluster id, and the first-seen article itself carries no mark
 * @param similarity estimated Jaccard similarity of the two texts' word shingles, 0..1
 */
public record NearDuplicate(String of, String cluster, double similarity) {

  public NearDuplicate {
    Objects.requireNonNull(of, "of");
    Objects.requireNonNull(cluster, "cluster");
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity must be in 0..1: " + similarity);
    }
  }
}
