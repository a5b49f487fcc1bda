package org.caspian.store;

import java.io.IOException;
import java.util.Optional;
import org.caspian.model.AnalyzedArticle;

/**
 * A durable collection of analysed articles keyed by {@code Article.id()}.
 *
 * <p>Writes are idempotent: putting an article whose stored form is identical to what is already
 * there changes nothing. Putting a different analysis of the same id replaces the old one along with
 * everything derived from it (its events). Written articles are readable at once, before {@link
 * #commit()}; they survive a crash only once committed. Implementations are thread-safe.
 */
public interface ArticleStore extends AutoCloseable {

  /**
   * Stores {@code a}, replacing any earlier version with the same id.
   *
   * @return {@code true} if the store changed, {@code false} if an identical copy was already there
   * @throws IOException if the index cannot be written
   */
  boolean put(AnalyzedArticle a) throws IOException;

  /**
   * Stores {@code a} as {@link #put(AnalyzedArticle)} does, and remembers {@code input}, a
   * fingerprint of what it was analysed from and how, for {@link #holds}. When only the fingerprint
   * differs from what is stored, it is updated and the call still returns {@code false}.
   *
   * @return {@code true} if the stored analysis changed
   * @throws IOException if the index cannot be written
   */
  default boolean put(AnalyzedArticle a, String input) throws IOException {
    return put(a);
  }

  /**
   * True when the article {@code id} is stored from an input with this fingerprint, so analysing
   * that input again would change nothing. A store that keeps no fingerprints answers false.
   *
   * @throws java.io.UncheckedIOException if the index cannot be read
   */
  default boolean holds(String id, String input) {
    return false;
  }

  /**
   * {@code a} marked as a near-duplicate of an article seen before, in this store or earlier in
   * this session, or unmarked when it is the first of its kind; an article already stored keeps
   * the mark it has. Call it in arrival order, before analysing and putting {@code a}. A store that
   * does not detect near-duplicates returns {@code a}.
   *
   * @throws java.io.UncheckedIOException if the index cannot be read
   */
  default org.caspian.model.Article markNearDuplicate(org.caspian.model.Article a) {
    return a;
  }

  /**
   * The article with this id, as stored (token boundaries are not kept).
   *
   * @throws java.io.UncheckedIOException if the index cannot be read
   */
  Optional<AnalyzedArticle> get(String id);

  /**
   * Number of articles stored, committed or not.
   *
   * @throws java.io.UncheckedIOException if the index cannot be read
   */
  long count();

  /** Makes everything written so far durable. */
  void commit() throws IOException;

  /** Commits and releases the store; further calls fail. Closing twice is harmless. */
  @Override
  void close() throws IOException;
}
