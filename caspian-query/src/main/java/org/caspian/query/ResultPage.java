package org.caspian.query;

import java.util.List;

/**
 * One page of a longer list of results.
 *
 * @param items the results on this page, at most {@code size}
 * @param total how many results there are in all
 * @param page the page number, from 1
 * @param size the most results a page holds
 */
public record ResultPage<T>(List<T> items, long total, int page, int size) {
  public ResultPage {
    items = List.copyOf(items);
  }

  /** Number of pages the results fill; 0 when there are none. */
  public long pages() {
    return (total + size - 1) / size;
  }
}
