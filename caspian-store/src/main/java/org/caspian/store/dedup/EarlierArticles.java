package org.caspian.store.dedup;

import java.util.List;
import org.caspian.model.NearDuplicate;

/** What a {@link NearDuplicateFinder} knows of articles stored before (the index). */
public interface EarlierArticles {
  /** Nothing stored before: detection within one run only. */
  EarlierArticles NONE = new EarlierArticles() {
    @Override
    public Seen seen(String id) {
      return null;
    }

    @Override
    public Seen closest(int[] signature, long[] bandKeys) {
      return null;
    }
  };

  /**
   * An article seen before.
   *
   * @param id its id
   * @param signature its {@link MinHash} signature, or {@code null} when it has none (too short, or
   *     stored before signatures were kept)
   * @param mark its own near-duplicate mark, or {@code null} when it was first of its kind
   */
  record Seen(String id, int[] signature, NearDuplicate mark) {}

  /** The stored article with this id, or {@code null} when there is none. */
  Seen seen(String id);

  /**
   * Of the stored articles whose signature shares at least one of {@code bandKeys} (those sharing
   * the most keys first, a bounded number of them), the one whose signature is most similar to
   * {@code signature}; {@code null} when none shares a key.
   */
  Seen closest(int[] signature, long[] bandKeys);
}
