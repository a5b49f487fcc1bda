package org.caspian.analysis.lexicon.convert;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the entries of a Phoenix actor dictionary (TABARI/PETRARCH format). An entry starts with a
 * name line; lines starting with "+" add synonyms to it; codes in brackets follow on the same line
 * or on indented lines of their own, optionally dated ({@code [RUSGOV 910710-991231]}, {@code
 * [AFGGOV >011222]}, {@code [HTIOPPMED <061231]}). A name line without codes followed by further
 * name lines is one entry with several names. Underscores separate words; "#" starts a comment.
 */
final class PhoenixBlocks {
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

  private PhoenixBlocks() {}

  /**
   * One code of an entry.
   *
   * @param code the actor code as written ("RUSGOV", "IGOUNOKID"), never "---"
   * @param from first day, or null when open or undated
   * @param to last day, or null when open or undated
   * @param dated true when the code carried a date range
   */
  record Code(String code, LocalDate from, LocalDate to, boolean dated) {}

  /** One entry: its names (words joined by spaces, upper case as in the source) and codes. */
  record Block(List<String> names, List<Code> codes) {
    /** True when some code is dated: a person with roles rather than an organisation. */
    boolean dated() {
      return codes.stream().anyMatch(Code::dated);
    }
  }

  /** The entries of a dictionary file's lines, in file order. */
  static List<Block> read(List<String> lines) {
    List<Block> out = new ArrayList<>();
    List<String> names = null;
    List<Code> codes = null;
    for (String raw : lines) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (line.isEmpty()) {
        continue;
      }
      int bracket = line.indexOf('[');
      String name = (bracket >= 0 ? line.substring(0, bracket) : line).strip();
      if (!name.isEmpty()) {
        boolean synonym = name.startsWith("+");
        if (names == null || (!synonym && !codes.isEmpty())) {
          names = new ArrayList<>();
          codes = new ArrayList<>();
          out.add(new Block(names, codes));
        }
        String n = words(synonym ? name.substring(1) : name);
        if (!n.isEmpty() && !names.contains(n)) {
          names.add(n);
        }
      }
      if (bracket >= 0 && codes != null) {
        Matcher m = CODE.matcher(line);
        while (m.find()) {
          Code c = code(m.group(1));
          if (c != null) {
            codes.add(c);
          }
        }
      }
    }
    return out;
  }

  /** "BORIS_N._YELTSIN_" to "BORIS N. YELTSIN". */
  static String words(String name) {
    return name.replace('_', ' ').strip().replaceAll("\\s+", " ");
  }

  /** Parses "CODE", "CODE a-b", "CODE >a" or "CODE <b"; null for "---" or an empty code. */
  static Code code(String inside) {
    String[] parts = inside.strip().split("\\s+");
    String code = parts[0];
    if (code.isEmpty() || code.startsWith("-")) {
      return null;
    }
    if (parts.length < 2) {
      return new Code(code, null, null, false);
    }
    String range = parts[parts.length - 1];
    LocalDate from = null;
    LocalDate to = null;
    if (range.startsWith(">")) {
      from = date(range.substring(1));
    } else if (range.startsWith("<")) {
      to = date(range.substring(1));
    } else if (range.contains("-")) {
      from = date(range.substring(0, range.indexOf('-')));
      to = date(range.substring(range.indexOf('-') + 1));
    }
    boolean dated = from != null || to != null;
    return new Code(code, from, to, dated);
  }

  /** yymmdd (years before 20 are 20yy) or yyyymmdd; null when malformed. */
  static LocalDate date(String s) {
    if (!s.chars().allMatch(Character::isDigit) || (s.length() != 6 && s.length() != 8)) {
      return null;
    }
    try {
      int y;
      int rest;
      if (s.length() == 6) {
        int yy = Integer.parseInt(s.substring(0, 2));
        y = yy < 20 ? 2000 + yy : 1900 + yy;
        rest = 2;
      } else {
        y = Integer.parseInt(s.substring(0, 4));
        rest = 4;
      }
      int mm = Integer.parseInt(s.substring(rest, rest + 2));
      int dd = Integer.parseInt(s.substring(rest + 2, rest + 4));
      return LocalDate.of(y, Math.max(mm, 1), Math.max(dd, 1));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
