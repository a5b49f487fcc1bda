package org.caspian.server.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.caspian.query.HtmlText;

/**
 * Addresses the templates link to, with their variable parts URL-encoded, and the one piece of
 * markup a template needs built: an event sentence with its trigger marked.
 */
public final class Links {
  private Links() {}

  /** One URL component, encoded (spaces as {@code %20}). */
  public static String encode(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The reader of the article {@code id}. */
  public static String article(String id) {
    return "/articles/" + encode(id);
  }

  /** The reader of the article {@code id}, with the sentence at {@code start-end} marked. */
  public static String sentence(String id, int start, int end) {
    return article(id) + "#" + start + "-" + end;
  }

  /** The dyad page of {@code a} and {@code b} by week. */
  public static String dyad(String a, String b) {
    return "/dyads?a=" + encode(a) + "&b=" + encode(b) + "&by=week";
  }

  /** A search filtered on one value. */
  public static String search(String param, String value) {
    return "/search?" + param + "=" + encode(value);
  }

  /** {@code sentence} as escaped HTML, the first occurrence of {@code trigger} in {@code <mark>}. */
  public static String withTrigger(String sentence, String trigger) {
    String s = sentence == null ? "" : sentence;
    int at = trigger == null || trigger.isEmpty() ? -1
        : s.toLowerCase(Locale.ROOT).indexOf(trigger.toLowerCase(Locale.ROOT));
    if (at < 0 || s.toLowerCase(Locale.ROOT).length() != s.length()) {
      return HtmlText.escape(s);
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    HtmlText.escape(s, 0, at, sb);
    sb.append("<mark>");
    HtmlText.escape(s, at, at + trigger.length(), sb);
    sb.append("</mark>");
    HtmlText.escape(s, at + trigger.length(), s.length(), sb);
    return sb.toString();
  }
}
