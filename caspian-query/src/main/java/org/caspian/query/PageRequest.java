package org.caspian.query;

/**
 * Which page of results to return.
 *
 * @param page from 1
 * @param size results per page, 1..{@value #MAX_SIZE}
 * @throws IllegalArgumentException naming the parameter when a value is out of range, or when the
 *     page lies past the first {@value #MAX_DEPTH} results
 */
public record PageRequest(int page, int size) {
  /** Largest page size. */
  public static final int MAX_SIZE = 100;
  /** How deep paging may reach: page times size at most this. */
  public static final int MAX_DEPTH = 10_000;
  /** Page size when none is asked for. */
  public static final int DEFAULT_SIZE = 20;

  public PageRequest {
    if (page < 1) {
      throw new IllegalArgumentException("parameter page must be at least 1, not " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "parameter size must be between 1 and " + MAX_SIZE + ", not " + size);
    }
    if ((long) page * size > MAX_DEPTH) {
      throw new IllegalArgumentException("parameter page reaches past result " + MAX_DEPTH
          + " (page " + page + " of size " + size + "); narrow the query instead");
    }
  }

  /** The first page of {@code size} results. */
  public static PageRequest first(int size) {
    return new PageRequest(1, size);
  }

  /** Index of the first result on this page, from 0. */
  public int offset() {
    return (page - 1) * size;
  }

  /** How many top results must be found to fill this page. */
  public int depth() {
    return page * size;
  }
}
