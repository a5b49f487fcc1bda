package org.caspian.server.pages;

import java.util.List;
import org.caspian.query.ach.AchMatrix;

/**
 * The competing hypotheses page.
 *
 * @param frame the layout
 * @param matrices the names of every matrix
 * @param matrix the matrix shown, null when none is chosen
 */
public record AchView(PageFrame frame, List<String> matrices, AchMatrix matrix) {
  public AchView {
    matrices = List.copyOf(matrices);
  }

  /** The name of the matrix shown, "" when none. */
  public String name() {
    return matrix == null ? "" : matrix.name();
  }
}
