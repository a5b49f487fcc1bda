package org.caspian.query;

/** HTML escaping shared by highlighted snippets and the server's pages. Stateless. */
public final class HtmlText {
  private HtmlText() {}

  /** {@code s} with {@code & < > " '} replaced by entities; null becomes empty. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    escape(s, 0, s.length(), sb);
    return sb.toString();
  }

  /** Appends {@code s[from, to)} with HTML special characters escaped. */
  public static void escape(String s, int from, int to, StringBuilder sb) {
    for (int i = from; i < to; i++) {
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
  }
}
