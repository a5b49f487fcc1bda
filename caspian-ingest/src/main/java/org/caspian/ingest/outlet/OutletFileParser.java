package org.caspian.ingest.outlet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses a registry file: UTF-8 text, one outlet per line, nine tab-separated columns {@code id,
 * name, domains, aliases, country, languages, side, type, telegram}; lists inside a column are
 * separated by {@code |}. Blank lines, lines starting with {@code #} and a header line starting
 * with {@code id<TAB>name} are skipped. A bad line is skipped with a one-line error naming the file,
 * the line and the column; the other lines are kept.
 */
public final class OutletFileParser {
  /** The column names, in order. */
  public static final List<String> COLUMNS = List.of("id", "name", "domains", "aliases",
      "country", "languages", "side", "type", "telegram");

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Pattern DOMAIN =
      Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final Pattern CHANNEL = Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,31}");
  private static final int MAX_FIELD = 400;

  /**
   * The outlets of one file and the errors of its bad lines.
   *
   * @param outlets the good lines' outlets, in file order
   * @param errors one line per bad line: {@code origin:line: column 'x': what is wrong}
   */
  public record Parsed(List<Outlet> outlets, List<String> errors) {
    public Parsed {
      outlets = List.copyOf(outlets);
      errors = List.copyOf(errors);
    }
  }

  /** Parses {@code content}; {@code origin} names the file in errors. */
  public Parsed parse(String origin, String content) {
    List<Outlet> outlets = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<String, String> domainOwner = new HashMap<>();
    String[] lines = content.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#") || line.startsWith("id\tname")) {
        continue;
      }
      String where = origin + ":" + (i + 1) + ": ";
      try {
        Outlet o = parseLine(line);
        if (!ids.add(o.id())) {
          throw new BadLine("id", "'" + o.id() + "' is already defined above");
        }
        for (String d : o.domains()) {
          String owner = domainOwner.putIfAbsent(d, o.id());
          if (owner != null) {
            throw new BadLine("domains", "'" + d + "' already belongs to '" + owner + "'");
          }
        }
        outlets.add(o);
      } catch (BadLine e) {
        errors.add(where + e.getMessage());
      }
    }
    return new Parsed(outlets, errors);
  }

  private static Outlet parseLine(String line) throws BadLine {
    String[] f = line.split("\t", -1);
    if (f.length != COLUMNS.size()) {
      throw new BadLine(null, "expected " + COLUMNS.size() + " tab-separated columns ("
          + String.join(", ", COLUMNS) + "), found " + f.length);
    }
    for (int c = 0; c < f.length; c++) {
      f[c] = f[c].strip();
      if (f[c].length() > MAX_FIELD) {
        throw new BadLine(COLUMNS.get(c), "longer than " + MAX_FIELD + " characters");
      }
      if (f[c].chars().anyMatch(Character::isISOControl)) {
        throw new BadLine(COLUMNS.get(c), "contains a control character");
      }
    }
    String id = f[0];
    if (!ID.matcher(id).matches()) {
      throw new BadLine("id", quote(id) + " is not lower-case letters, digits and hyphens");
    }
    if (f[1].isEmpty()) {
      throw new BadLine("name", "empty");
    }
    List<String> domains = list(f[2].toLowerCase(Locale.ROOT));
    for (String d : domains) {
      if (!DOMAIN.matcher(d).matches()) {
        throw new BadLine("domains", quote(d) + " is not a lower-case host name (no www., no "
            + "scheme, no path)");
      }
    }
    List<String> aliases = list(f[3]);
    if (!f[4].isEmpty() && !COUNTRY.matcher(f[4]).matches()) {
      throw new BadLine("country", quote(f[4]) + " is not an ISO 3166-1 alpha-2 code (\"AZ\")");
    }
    List<String> languages = list(f[5]);
    for (String l : languages) {
      if (!LANGUAGE.matcher(l).matches()) {
        throw new BadLine("languages", quote(l) + " is not an ISO 639-1 code (\"ru\")");
      }
    }
    String side = f[6].toLowerCase(Locale.ROOT);
    if (!OutletVocabulary.SIDES.contains(side)) {
      throw new BadLine("side", quote(f[6]) + " is not one of "
          + String.join(", ", OutletVocabulary.SIDES));
    }
    String type = f[7].toLowerCase(Locale.ROOT);
    if (!OutletVocabulary.TYPES.contains(type)) {
      throw new BadLine("type", quote(f[7]) + " is not one of "
          + String.join(", ", OutletVocabulary.TYPES));
    }
    List<String> telegram = new ArrayList<>();
    for (String t : list(f[8])) {
      String channel = t.startsWith("@") ? t.substring(1) : t;
      if (!CHANNEL.matcher(channel).matches()) {
        throw new BadLine("telegram", quote(t) + " is not a Telegram user name");
      }
      telegram.add(channel.toLowerCase(Locale.ROOT));
    }
    if (domains.isEmpty() && telegram.isEmpty() && aliases.isEmpty()) {
      throw new BadLine("domains", "an outlet needs at least a domain, an alias or a channel");
    }
    return new Outlet(id, f[1], domains, aliases, f[4], languages, side, type, telegram);
  }

  private static List<String> list(String field) {
    List<String> out = new ArrayList<>();
    for (String s : field.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** The value in quotes, cut to 60 characters, with line and paragraph separators shown as ?. */
  private static String quote(String s) {
    String shown = s.length() > 60 ? s.substring(0, 60) + "..." : s;
    StringBuilder b = new StringBuilder(shown.length() + 2).append('\'');
    shown.codePoints().forEach(cp -> {
      int t = Character.getType(cp);
      boolean breaks = t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
          || Character.isISOControl(cp);
      b.appendCodePoint(breaks ? '?' : cp);
    });
    return b.append('\'').toString();
  }

  /** One bad line: the column at fault (or none) and what is wrong. */
  private static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;

    BadLine(String column, String message) {
      super(column == null ? message : "column '" + column + "': " + message, null, false, false);
    }
  }
}
