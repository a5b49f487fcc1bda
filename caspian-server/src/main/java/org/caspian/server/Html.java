package org.caspian.server;

/** HTML escaping for text and attribute values. */
final class Html {
  private Html() {}

  /** {@code s} with {@code & < > " '} replaced by entities; null becomes empty. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * JSON made safe to embed in a {@code <script type="application/json">} element: every less-than
   * sign becomes the JSON escape for code point 3C, which JSON reads back as the same character.
   */
  static String scriptJson(String json) {
    return json.replace("<", "\\u003c");
  }
}
