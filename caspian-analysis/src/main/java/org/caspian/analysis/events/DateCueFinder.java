package org.caspian.analysis.events;

import org.caspian.analysis.lexicon.WordTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caspian.model.Tokens;

/**
 * Finds date expressions in a run of tokens: explicit dates ("December 25, 2024", "28 June
 * 2025", "Dec. 25", "2025-06-28"), a month after "in" ("in May"), a year after "in", weekdays
 * ("on Monday", "last Friday", "next Tuesday") and the relative phrases of the date lexicon
 * ("yesterday", "the next day", "two days later"). Month and weekday names count only when
 * capitalised, so "may" and "march" stay verbs. Immutable and thread-safe.
 */
final class DateCueFinder {
  private final WordTable words;
  private final DateLexicon dates;
  private final FunctionWords grammar;

  DateCueFinder(WordTable words, DateLexicon dates, FunctionWords grammar) {
    this.words = words;
    this.dates = dates;
    this.grammar = grammar;
  }

  /** Cues in tokens {@code [from, to)} of {@code text}, looking words up itself. */
  List<DateCue> find(String text, Tokens tokens, int from, int to) {
    int[] wid = new int[tokens.size()];
    for (int i = from; i < to; i++) {
      wid[i] = words.find(text, tokens.start(i), tokens.end(i));
    }
    return find(text, tokens, wid, from, to);
  }

  /** Cues in tokens {@code [from, to)}, with word ids already looked up in {@code wid}. */
  List<DateCue> find(String text, Tokens tokens, int[] wid, int from, int to) {
    List<DateCue> out = null;
    int i = from;
    while (i < to) {
      DateCue cue = cueAt(text, tokens, wid, i, from, to);
      if (cue == null) {
        i++;
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(2);
      }
      out.add(cue);
      i = cue.last() + 1;
    }
    return out == null ? List.of() : out;
  }

  private DateCue cueAt(String text, Tokens tokens, int[] wid, int i, int from, int to) {
    int id = wid[i];
    DateCue rel = relative(text, tokens, wid, i, to);
    if (rel != null) {
      return rel;
    }
    int kind = dates.kind(id);
    if (kind == DateLexicon.MONTH && name(text, tokens, wid, i)) {
      return fromMonth(text, tokens, wid, i, from, to);
    }
    if (kind == DateLexicon.WEEKDAY && name(text, tokens, wid, i)) {
      int prev = i > from ? dates.kind(wid[i - 1]) : DateLexicon.NONE;
      boolean forward = prev == DateLexicon.NEXT;
      int first = forward || prev == DateLexicon.LAST ? i - 1 : i;
      return DateCue.weekday(first, i, dates.value(id), forward);
    }
    int day = dayNumber(text, tokens, i);
    if (day > 0 && i + 1 < to && dates.kind(wid[i + 1]) == DateLexicon.MONTH
        && name(text, tokens, wid, i + 1)) {
      int m = dates.value(wid[i + 1]);
      int y = i + 2 < to ? year(text, tokens, i + 2) : 0;
      return y > 0 ? DateCue.full(i, i + 2, y, m, day) : DateCue.monthDay(i, i + 1, m, day);
    }
    int y = year(text, tokens, i);
    if (y > 0 && i > from && dates.kind(wid[i - 1]) == DateLexicon.YEARPREP) {
      return DateCue.year(i - 1, i, y);
    }
    return iso(text, tokens, i);
  }

  private DateCue fromMonth(String text, Tokens tokens, int[] wid, int i, int from, int to) {
    int m = dates.value(wid[i]);
    int j = i + 1;
    if (j < to && text.charAt(tokens.start(j)) == '.' && tokens.end(j) - tokens.start(j) == 1) {
      j++;
    }
    int day = j < to ? dayNumber(text, tokens, j) : 0;
    if (day > 0) {
      int k = j + 1;
      if (k < to && grammar.has(wid[k], WordRole.COMMA)) {
        k++;
      }
      int y = k < to ? year(text, tokens, k) : 0;
      return y > 0 ? DateCue.full(i, k, y, m, day) : DateCue.monthDay(i, j, m, day);
    }
    int y = j < to ? year(text, tokens, j) : 0;
    if (y > 0) {
      return DateCue.monthYear(i, j, y, m);
    }
    if (i > from && dates.kind(wid[i - 1]) == DateLexicon.YEARPREP) {
      return DateCue.month(i - 1, i, m);
    }
    return null;
  }

  private DateCue relative(String text, Tokens tokens, int[] wid, int i, int to) {
    DateCue cue = relative(text, tokens, wid, i, to, dates.phrases(wid[i]));
    if (cue == null && number(text, tokens, wid, i) > 0) {
      cue = relative(text, tokens, wid, i, to, dates.numberedPhrases());
    }
    return cue;
  }

  private DateCue relative(String text, Tokens tokens, int[] wid, int i, int to,
      DateLexicon.DatePhrase[] phrases) {
    for (DateLexicon.DatePhrase p : phrases) {
      int[] ids = p.ids();
      if (i + ids.length > to) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < ids.length && ok; k++) {
        ok = ids[k] == DateLexicon.NUMBER_SLOT
            ? number(text, tokens, wid, i + k) > 0
            : ids[k] == wid[i + k];
      }
      if (ok) {
        int amount = p.numbered() ? p.amount() * Math.max(1, numberIn(text, tokens, wid, p, i))
            : p.amount();
        return DateCue.relative(i, i + ids.length - 1, p.fromAnchor(), amount, p.unit(),
            p.complement());
      }
    }
    return null;
  }

  private int numberIn(String text, Tokens tokens, int[] wid, DateLexicon.DatePhrase p, int i) {
    for (int k = 0; k < p.ids().length; k++) {
      if (p.ids()[k] == DateLexicon.NUMBER_SLOT) {
        return number(text, tokens, wid, i + k);
      }
    }
    return 1;
  }

  /** A number written in digits (up to 3) or as a number word; -1 otherwise. */
  private int number(String text, Tokens tokens, int[] wid, int i) {
    if (dates.kind(wid[i]) == DateLexicon.NUMBER) {
      return dates.value(wid[i]);
    }
    int s = tokens.start(i);
    int e = tokens.end(i);
    if (e - s > 3) {
      return -1;
    }
    int v = 0;
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Day of month written as "28", "28th" or "28-29"; 0 otherwise. */
  static int dayNumber(String text, Tokens tokens, int i) {
    int s = tokens.start(i);
    int e = tokens.end(i);
    int k = s;
    int v = 0;
    while (k < e && k - s < 3 && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
      v = v * 10 + (text.charAt(k) - '0');
      k++;
    }
    int digits = k - s;
    if (digits == 0 || digits > 2 || v < 1 || v > 31) {
      return 0;
    }
    if (k == e) {
      return v;
    }
    String rest = text.substring(k, Math.min(e, k + 3)).toLowerCase(Locale.ROOT);
    if (e - k == 2 && (rest.equals("st") || rest.equals("nd") || rest.equals("rd")
        || rest.equals("th"))) {
      return v;
    }
    return text.charAt(k) == '-' || text.charAt(k) == '–' ? v : 0;
  }

  /** A year 1900..2099 written as four digits; 0 otherwise. */
  static int year(String text, Tokens tokens, int i) {
    int s = tokens.start(i);
    if (tokens.end(i) - s != 4) {
      return 0;
    }
    int v = 0;
    for (int k = s; k < s + 4; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return 0;
      }
      v = v * 10 + (c - '0');
    }
    return v >= 1900 && v <= 2099 ? v : 0;
  }

  private static DateCue iso(String text, Tokens tokens, int i) {
    int s = tokens.start(i);
    if (tokens.end(i) - s != 10 || text.charAt(s + 4) != '-' || text.charAt(s + 7) != '-') {
      return null;
    }
    int y = digits(text, s, 4);
    int m = digits(text, s + 5, 2);
    int d = digits(text, s + 8, 2);
    return y >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? DateCue.full(i, i, y, m, d) : null;
  }

  private static int digits(String text, int s, int n) {
    int v = 0;
    for (int k = s; k < s + n; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** A month or weekday name as the language writes it: capitalised, unless marked lower. */
  private boolean name(String text, Tokens tokens, int[] wid, int i) {
    return dates.lowerCase(wid[i]) || capitalised(text, tokens, i);
  }

  private static boolean capitalised(String text, Tokens tokens, int i) {
    return Character.isUpperCase(text.charAt(tokens.start(i)));
  }
}
