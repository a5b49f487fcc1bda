package org.caspian.server;

/** Making JSON safe to embed in a page. */
final class Html {
  private Html() {}

  /**
   * JSON made safe to embed in a {@code <script type="application/json">} element: every less-than
   * sign becomes the JSON escape for code point 3C, which JSON reads back as the same character.
   */
  static String scriptJson(String json) {
    return json.replace("<", "\\u003c");
  }
}
