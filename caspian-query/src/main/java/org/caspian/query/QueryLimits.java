package org.caspian.query;

/**
 * Bounds on a query's text, checked before it is parsed: a parser that recurses once per level of
 * parentheses must never be handed enough levels to exhaust the stack.
 */
public final class QueryLimits {
  /** Longest query accepted, in characters. */
  public static final int MAX_LENGTH = 100_000;
  /** Deepest nesting of parentheses accepted. */
  public static final int MAX_DEPTH = 20;

  private QueryLimits() {}

  /**
   * Checks {@code query}.
   *
   * @throws IllegalArgumentException saying which limit the query passes
   */
  public static void check(String query) {
    if (query.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("query is " + query.length()
          + " characters long; at most " + MAX_LENGTH + " are accepted");
    }
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++; // an escaped character never opens anything
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(' && ++depth > MAX_DEPTH) {
        throw new IllegalArgumentException("query nests parentheses deeper than " + MAX_DEPTH
            + " levels");
      } else if (!quoted && c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
  }
}
