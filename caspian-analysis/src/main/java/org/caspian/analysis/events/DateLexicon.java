package org.caspian.analysis.events;

import org.caspian.analysis.lexicon.WordTable;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Date words of one language, from the rows of {@code dates_xx.tsv} (columns: phrase, kind, value).
 *
 * <p>Kinds: {@code month} (value 1..12; add {@code strict} as a fourth column for a month name
 * that is also a common word, like "May", so it needs a day, a year or a preposition beside it;
 * {@code lower} for a month or weekday name the language writes in lower case, which then counts
 * without a capital: Russian "марта", "во вторник"; both as {@code strict,lower}),
 * {@code weekday} (1..7, Monday first), {@code number} (a number word), {@code yearprep} (a word
 * that makes a bare year a date: "in"), {@code next} and {@code last} (before a weekday),
 * {@code relative} (value: {@code pub|anchor}, a signed amount or {@code n}/{@code -n} for the
 * number in the phrase, and a unit {@code day|week|month|year}; in the phrase {@code <n>} stands
 * for a number; a fourth column {@code complement} marks a phrase that dates what follows it,
 * counted back from the anchor: "three days after the raids"). Immutable once loaded.
 */
final class DateLexicon {
  static final int NONE = 0;
  static final int MONTH = 1;
  static final int WEEKDAY = 2;
  static final int NUMBER = 3;
  static final int YEARPREP = 4;
  static final int NEXT = 5;
  static final int LAST = 6;

  /** Placeholder id for "<n>" (a number) inside relative phrases. */
  static final int NUMBER_SLOT = -2;

  /**
   * A multi-word relative expression such as "<n> days later"; {@code complement} when it dates
   * what follows it rather than the verb it belongs to ("came three days after the raids").
   */
  record DatePhrase(int[] ids, boolean fromAnchor, int amount, boolean numbered, ChronoUnit unit,
      boolean complement) {}

  private static final DatePhrase[] NO_PHRASES = new DatePhrase[0];

  private final int[] kind;
  private final int[] value;
  private final boolean[] strict;
  private final boolean[] lower;
  private final DatePhrase[][] phrasesByFirst;
  private final DatePhrase[] numberedFirst;

  private DateLexicon(int[] kind, int[] value, boolean[] strict, boolean[] lower,
      DatePhrase[][] byFirst, DatePhrase[] numberedFirst) {
    this.kind = kind;
    this.value = value;
    this.strict = strict;
    this.lower = lower;
    this.phrasesByFirst = byFirst;
    this.numberedFirst = numberedFirst;
  }

  int kind(int id) {
    return id >= 0 && id < kind.length ? kind[id] : NONE;
  }

  int value(int id) {
    return id >= 0 && id < value.length ? value[id] : 0;
  }

  boolean strict(int id) {
    return id >= 0 && id < strict.length && strict[id];
  }

  /** Whether name {@code id} counts in lower case (the language does not capitalise it). */
  boolean lowerCase(int id) {
    return id >= 0 && id < lower.length && lower[id];
  }

  /** Relative phrases starting with word {@code id}, longest first. */
  DatePhrase[] phrases(int id) {
    return id >= 0 && id < phrasesByFirst.length ? phrasesByFirst[id] : NO_PHRASES;
  }

  /** Relative phrases starting with a number ("two days later"). */
  DatePhrase[] numberedPhrases() {
    return numberedFirst;
  }

  /** Ids of the month and weekday names. */
  int[] nameIds() {
    int count = 0;
    for (int k : kind) {
      count += k == MONTH || k == WEEKDAY ? 1 : 0;
    }
    int[] out = new int[count];
    int j = 0;
    for (int id = 0; id < kind.length; id++) {
      if (kind[id] == MONTH || kind[id] == WEEKDAY) {
        out[j++] = id;
      }
    }
    return out;
  }

  /** Builds the lexicon from {@code rows} (at least 3 columns) of file {@code name}. */
  static DateLexicon of(List<String[]> rows, WordTable words, String name) {
    int[] kind = new int[512];
    int[] value = new int[512];
    boolean[] strict = new boolean[512];
    boolean[] lower = new boolean[512];
    List<DatePhrase> phrases = new ArrayList<>();
    for (String[] f : rows) {
      String n = f[0];
      if (f.length < 3) {
        throw new IllegalArgumentException(name + ": " + n + ": expected 3 columns");
      }
      String k = f[1];
      if (k.equals("relative")) {
        phrases.add(phrase(f[0], f[2], f.length > 3 ? f[3] : "", words, name));
        continue;
      }
      int id = words.add(f[0]);
      if (id >= kind.length) {
        int len = Math.max(kind.length * 2, id + 1);
        kind = Arrays.copyOf(kind, len);
        value = Arrays.copyOf(value, len);
        strict = Arrays.copyOf(strict, len);
        lower = Arrays.copyOf(lower, len);
      }
      kind[id] = kindOf(k, name, n);
      value[id] = Integer.parseInt(f[2]);
      List<String> marks = f.length > 3 ? Arrays.asList(f[3].split(",")) : List.of();
      strict[id] = marks.contains("strict");
      lower[id] = marks.contains("lower");
    }
    return new DateLexicon(kind, value, strict, lower, byFirst(phrases), numbered(phrases));
  }

  private static int kindOf(String k, String name, String n) {
    return switch (k) {
      case "month" -> MONTH;
      case "weekday" -> WEEKDAY;
      case "number" -> NUMBER;
      case "yearprep" -> YEARPREP;
      case "next" -> NEXT;
      case "last" -> LAST;
      default -> throw new IllegalArgumentException(name + ": " + n + ": kind " + k);
    };
  }

  /** The phrases that start with a word, by that word's id, longest first. */
  private static DatePhrase[][] byFirst(List<DatePhrase> phrases) {
    List<List<DatePhrase>> index = new ArrayList<>();
    for (DatePhrase p : phrases) {
      int first = p.ids()[0];
      if (first == NUMBER_SLOT) {
        continue;
      }
      while (index.size() <= first) {
        index.add(new ArrayList<>());
      }
      index.get(first).add(p);
    }
    DatePhrase[][] byFirst = new DatePhrase[index.size()][];
    for (int i = 0; i < byFirst.length; i++) {
      List<DatePhrase> l = index.get(i);
      l.sort((a, b) -> Integer.compare(b.ids().length, a.ids().length));
      byFirst[i] = l.toArray(NO_PHRASES);
    }
    return byFirst;
  }

  /** The phrases that start with a number ("three days later"), longest first. */
  private static DatePhrase[] numbered(List<DatePhrase> phrases) {
    List<DatePhrase> numbered = new ArrayList<>();
    for (DatePhrase p : phrases) {
      if (p.ids()[0] == NUMBER_SLOT) {
        numbered.add(p);
      }
    }
    numbered.sort((a, b) -> Integer.compare(b.ids().length, a.ids().length));
    return numbered.toArray(NO_PHRASES);
  }

  private static DatePhrase phrase(String text, String spec, String flag, WordTable words,
      String name) {
    String n = text;
    String[] s = spec.split(" +");
    if (s.length != 3 || !(s[0].equals("pub") || s[0].equals("anchor"))) {
      throw new IllegalArgumentException(name + ": " + n + ": value must be 'pub|anchor N unit'");
    }
    boolean numbered = s[1].endsWith("n");
    int amount = numbered ? (s[1].startsWith("-") ? -1 : 1) : Integer.parseInt(s[1]);
    ChronoUnit unit = switch (s[2]) {
      case "day" -> ChronoUnit.DAYS;
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      case "year" -> ChronoUnit.YEARS;
      default -> throw new IllegalArgumentException(name + ": " + n + ": unit " + s[2]);
    };
    String[] parts = text.split(" +");
    int[] ids = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      ids[i] = parts[i].equals("<n>") ? NUMBER_SLOT : words.add(parts[i]);
    }
    if (!flag.isEmpty() && !flag.equals("complement")) {
      throw new IllegalArgumentException(name + ": " + n + ": unknown flag " + flag);
    }
    return new DatePhrase(ids, s[0].equals("anchor"), amount, numbered, unit,
        flag.equals("complement"));
  }
}
