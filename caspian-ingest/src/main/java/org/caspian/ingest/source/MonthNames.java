package org.caspian.ingest.source;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names in English, Russian, Azerbaijani and Armenian (full, abbreviated, nominative and
 * genitive forms), looked up case-insensitively.
 */
final class MonthNames {
  private static final String[][] NAMES = {
    {"january", "jan", "января", "январь", "янв", "yanvar", "հունվարի", "հունվար"},
    {"february", "feb", "февраля", "февраль", "фев", "fevral", "փետրվարի", "փետրվար"},
    {"march", "mar", "марта", "март", "мар", "mart", "մարտի", "մարտ"},
    {"april", "apr", "апреля", "апрель", "апр", "aprel", "ապրիլի", "ապրիլ"},
    {"may", "мая", "май", "mayıs", "մայիսի", "մայիս"},
    {"june", "jun", "июня", "июнь", "июн", "iyun", "հունիսի", "հունիս"},
    {"july", "jul", "июля", "июль", "июл", "iyul", "հուլիսի", "հուլիս"},
    {"august", "aug", "августа", "август", "авг", "avqust", "օգոստոսի", "օգոստոս"},
    {"september", "sep", "sept", "сентября", "сентябрь", "сен", "сент", "sentyabr",
        "սեպտեմբերի", "սեպտեմբեր"},
    {"october", "oct", "октября", "октябрь", "окт", "oktyabr", "հոկտեմբերի", "հոկտեմբեր"},
    {"november", "nov", "ноября", "ноябрь", "ноя", "noyabr", "նոյեմբերի", "նոյեմբեր"},
    {"december", "dec", "декабря", "декабрь", "дек", "dekabr", "դեկտեմբերի", "դեկտեմբեր"},
  };

  /** Regex alternation of every name, longest first (for use inside a larger pattern). */
  static final String ALTERNATION;

  private final Map<String, Integer> months = new HashMap<>();

  static {
    java.util.List<String> all = new java.util.ArrayList<>();
    for (String[] row : NAMES) {
      all.addAll(java.util.List.of(row));
    }
    all.sort((a, b) -> b.length() - a.length());
    ALTERNATION = String.join("|", all);
  }

  MonthNames() {
    for (int i = 0; i < NAMES.length; i++) {
      for (String n : NAMES[i]) {
        months.put(n, i + 1);
      }
    }
  }

  /** The month number 1..12 for a name, or 0 when it is not a month name. */
  int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".")) {
      n = n.substring(0, n.length() - 1);
    }
    return months.getOrDefault(n, 0);
  }
}
