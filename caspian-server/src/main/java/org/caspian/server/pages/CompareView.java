package org.caspian.server.pages;

import org.caspian.query.framing.FramingComparison;

/**
 * The outlet framing comparison page.
 *
 * @param frame the layout
 * @param form the two outlets or sides as sent
 * @param result the comparison, null before one is asked for or when it failed
 * @param error why it failed, "" when fine
 */
public record CompareView(PageFrame frame, FormValues form, FramingComparison result,
    String error) {

  /** The search parameter that narrows to one group: outlet or outlet country. */
  public String groupParam() {
    return form.is("by", "side") ? "country" : "outlet";
  }
}
