package org.caspian.store.dedup;

import java.util.Collection;
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
    public List<Seen> sharingAnyBand(Collection<String> bandKeys) {
      return List.of();
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

  /** Stored articles with a signature sharing at least one of these band keys. */
  List<Seen> sharingAnyBand(Collection<String> bandKeys);
}
