package org.caspian.server;

import org.caspian.query.HtmlText;

/** HTML escaping for text and attribute values. */
final class Html {
  private Html() {}

  /** {@code s} with {@code & < > " '} replaced by entities; null becomes empty. */
  static String escape(String s) {
    return HtmlText.escape(s);
  }

  /**
   * JSON made safe to embed in a {@code <script type="application/json">} element: every less-than
   * sign becomes the JSON escape for code point 3C, which JSON reads back as the same character.
   */
  static String scriptJson(String json) {
    return json.replace("<", "\\u003c");
  }
}
