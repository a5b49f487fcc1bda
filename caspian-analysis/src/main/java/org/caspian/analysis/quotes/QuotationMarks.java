package org.caspian.analysis.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs quotation marks in running text: straight {@code "..."}, curly “...”, low „...“,
 * guillemets «...» and ‹...›, and single quotes '...' and ‘...’, nested to any depth.
 *
 * <p>Whether a mark opens or closes is read from its neighbours: an opening mark has no letter or
 * digit before it and a word after it, a closing mark the reverse. A straight or curly mark with
 * space on both sides, or sloppy spacing such as {@code writes “Forbes “.}, closes the innermost
 * open quote of its family if there is one and is ignored otherwise. A single quote between two
 * letters is an apostrophe ("Russia's"); one after a letter and before a space only closes a
 * single quote that is open ("the Armenians' rights" closes nothing), and a single-quoted stretch
 * may not exceed {@value #MAX_SINGLE} characters. A closing mark that matches a quote further down
 * the stack closes it and drops the unclosed ones above it. Quotes never run across a line break:
 * marks still open at a newline are dropped.
 *
 * <p>Stateless; all methods are static.
 */
public final class QuotationMarks {
  static final int MAX_SINGLE = 250;
  /** {@link #sides}: the mark may open a quote. */
  private static final int OPENS = 1;
  /** {@link #sides}: the mark may close a quote. */
  private static final int CLOSES = 2;
  /** {@link #sides}: an apostrophe inside a word, no quotation mark at all. */
  private static final int APOSTROPHE = -1;

  private QuotationMarks() {}

  /**
   * One matched pair of marks.
   *
   * @param open offset of the opening mark
   * @param close offset of the closing mark
   * @param depth 0 for an outermost quote, 1 for a quote inside it, and so on
   */
  public record Pair(int open, int close, int depth) {
    /** First character of the quoted words. */
    public int contentStart() {
      return open + 1;
    }

    /** Offset just after the quoted words (the closing mark). */
    public int contentEnd() {
      return close;
    }

    /** Whether {@code offset} lies strictly between the marks. */
    public boolean encloses(int offset) {
      return offset > open && offset < close;
    }
  }

  /** All matched pairs in {@code text}, ordered by opening offset. */
  public static List<Pair> find(String text) {
    List<Pair> out = new ArrayList<>();
    int[] stackPos = new int[16];
    char[] stackChar = new char[16];
    int depth = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029') {
        depth = 0;
        continue;
      }
      if (!isMark(c)) {
        continue;
      }
      int sides = sides(text, i, c);
      if (sides == APOSTROPHE) {
        continue;
      }
      boolean canOpen = (sides & OPENS) != 0;
      boolean canClose = (sides & CLOSES) != 0;
      int target = canOpen && !canClose ? -1 : findOpen(stackChar, stackPos, depth, c, i);
      if (target >= 0 && (canClose || !canOpen)) {
        out.add(new Pair(stackPos[target], i, target));
        depth = target;
        continue;
      }
      if (canOpen && canOpenWith(c)) {
        if (depth == stackPos.length) {
          stackPos = java.util.Arrays.copyOf(stackPos, depth * 2);
          stackChar = java.util.Arrays.copyOf(stackChar, depth * 2);
        }
        stackPos[depth] = i;
        stackChar[depth] = c;
        depth++;
      }
    }
    out.sort(Comparator.comparingInt(Pair::open));
    return out;
  }

  /**
   * How mark {@code c} at offset {@code i} may act, read from its neighbours: {@link #OPENS}
   * and/or {@link #CLOSES}, or {@link #APOSTROPHE} for a single quote inside a word.
   */
  private static int sides(String text, int i, char c) {
    char prev = i > 0 ? text.charAt(i - 1) : ' ';
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    boolean single = isSingle(c);
    if (single && Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
      return APOSTROPHE;
    }
    boolean canOpen = opensBefore(prev, single) && startsWord(next)
        && !(single && isElision(text, i + 1));
    boolean canClose = !Character.isWhitespace(prev) && i > 0 && !Character.isLetterOrDigit(next);
    return (canOpen ? OPENS : 0) | (canClose ? CLOSES : 0);
  }

  /** Index in the stack of the innermost open mark that {@code close} can close, or -1. */
  private static int findOpen(char[] chars, int[] pos, int depth, char close, int at) {
    for (int k = depth - 1; k >= 0; k--) {
      if (closes(chars[k], close)) {
        if (isSingle(close) && at - pos[k] > MAX_SINGLE) {
          return -1;
        }
        return k;
      }
    }
    return -1;
  }

  private static boolean closes(char open, char close) {
    switch (close) {
      case '"':
        return open == '"';
      case '”':
        return open == '“' || open == '„' || open == '”';
      case '“':
        return open == '„' || open == '“';
      case '»':
        return open == '«';
      case '›':
        return open == '‹';
      case '\'':
        return open == '\'' || open == '‘';
      case '’':
        return open == '‘' || open == '\'';
      default:
        return false;
    }
  }

  private static boolean canOpenWith(char c) {
    return c != '»' && c != '›';
  }

  static boolean isMark(char c) {
    switch (c) {
      case '"': case '“': case '”': case '„': case '«': case '»': case '‹': case '›':
      case '\'': case '‘': case '’':
        return true;
      default:
        return false;
    }
  }

  private static boolean isSingle(char c) {
    return c == '\'' || c == '‘' || c == '’';
  }

  private static boolean opensBefore(char prev, boolean single) {
    if (Character.isWhitespace(prev)) {
      return true;
    }
    if (Character.isLetterOrDigit(prev)) {
      return false;
    }
    if (!single) {
      return true;
    }
    // a single quote opens after space, a bracket, a dash or another quotation mark only
    return prev == '(' || prev == '[' || prev == '-' || prev == '—' || prev == '–' || prev == '"'
        || prev == '“' || prev == '«' || prev == '„' || prev == '*' || prev == '/';
  }

  private static boolean startsWord(char next) {
    return Character.isLetterOrDigit(next) || next == '*' || next == '(' || next == '['
        || next == '_' || next == '…' || next == '«' || next == '„' || next == '“'
        || next == '\'' || next == '‘' || Character.getType(next) == Character.OTHER_SYMBOL
        || Character.isHighSurrogate(next);
  }

  /** "'90s", "'em": a leading apostrophe standing for left-out letters. */
  private static boolean isElision(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    return i > from && i < text.length() && text.charAt(i) == 's';
  }
}
